import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/browser';
import { demoRoutesWithEditor } from '../../scripts/demo/routes';
import { DEMO_WAITING_COUNT, demoPost } from '../../scripts/demo/kanelkompaniet';
import { DEMO_BUILD, expectBadge, expectNoStrayRequests, openPanelAndEditorPost } from './helpers';

// Issue 16's keyboard path in the built side panel: from a queue row to the page's own reply
// box holding the chosen suggestion in at most six key presses, no mouse.
describe('the keyboard path on the demo post', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension({
      extensionDir: DEMO_BUILD,
      routes: await demoRoutesWithEditor(),
    });
  });
  afterAll(async () => {
    expectNoStrayRequests(session);
    await session.close();
  });

  it('Enter, 2, f from a row fills suggestion 2 into the Lexical reply box', async () => {
    const { panel, page } = await openPanelAndEditorPost(session);
    await expectBadge(session, String(DEMO_WAITING_COUNT));

    await panel.bringToFront();
    await panel.setViewportSize({ width: 400, height: 720 });
    const astrid = demoPost.comments[0];
    const row = panel.getByTestId('waiting-item').filter({ hasText: astrid.author.name });
    // The person is on the row (the j/k cursor or Tab put them there): no key pressed yet.
    await row.locator('.item-main').focus();

    const keys = ['Enter', '2', 'f'];
    expect(keys.length).toBeLessThanOrEqual(6);
    const detail = panel.getByTestId('item-detail');
    await panel.keyboard.press(keys[0]!);
    await expect.poll(() => detail.getByTestId('item-text').textContent()).toBe(astrid.text);
    const second = detail.getByTestId('suggestion').nth(1);
    await second.waitFor();
    const chosen = (await second.locator('.suggestion-text').textContent())!;
    for (const key of keys.slice(1)) await panel.keyboard.press(key);

    await expect
      .poll(() => detail.getByTestId('fill-notice').textContent())
      .toMatch(/press send yourself/);
    expect(await page.evaluate(() => window.__editorText())).toBe(chosen);
  });
});
