import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/browser';
import { renderComment } from '../../scripts/demo/facebook-markup';
import { demoRoutesWithEditor } from '../../scripts/demo/routes';
import { DEMO_WAITING_COUNT, KANELKOMPANIET, demoPost } from '../../scripts/demo/kanelkompaniet';
import type { Item } from '../../utils/model/item';
import type { ResponseLogEntry } from '../../utils/model/response-log';
import {
  DEMO_BUILD,
  expectBadge,
  expectNoStrayRequests,
  readStore,
  openPanelAndEditorPost,
} from './helpers';

// Issue 4's promise: a waiting comment → a suggestion in its language → "Fill reply box" puts it
// into the page's real Lexical editor (a person sends) → the owner's reply is observed → the
// response log says the reply came from that suggestion.
describe('suggest and fill on the demo post', () => {
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

  it('fills a Swedish suggestion into the Lexical reply box and logs it as used', async () => {
    const { panel, page } = await openPanelAndEditorPost(session);
    expect(await page.evaluate(() => window.__editorText())).toBe('');
    await expectBadge(session, String(DEMO_WAITING_COUNT));

    const astrid = demoPost.comments[0];
    await panel.bringToFront();
    const row = panel.getByTestId('waiting-item').filter({ hasText: astrid.author.name });
    await row.locator('.item-main').click();

    const detail = panel.getByTestId('item-detail');
    await expect.poll(() => detail.getByTestId('item-text').textContent()).toBe(astrid.text);
    expect(await detail.getByTestId('item-language').getAttribute('data-language')).toBe('sv');
    const first = detail.getByTestId('suggestion').first();
    const templateId = (await first.getAttribute('data-template-id'))!;
    expect(templateId).toMatch(/^sv-/);
    const suggested = (await first.locator('.suggestion-text').textContent())!;
    expect(suggested).toMatch(/^Hej Astrid!/);

    await detail.getByRole('button', { name: 'Use suggestion 1' }).click();
    await detail.getByRole('button', { name: 'Fill reply box' }).click();
    await expect
      .poll(() => detail.getByTestId('fill-notice').textContent())
      .toBe(
        'The reply is in the reply box and on your clipboard. Read it through and press send yourself.',
      );
    // The editor's own state holds the text: Lexical registered the insertion.
    expect(await page.evaluate(() => window.__editorText())).toBe(suggested);

    // The person presses send on Facebook; the Page's reply appears under Astrid's comment.
    const sent = suggested;
    const ownerReply = renderComment(
      demoPost,
      { id: '9100000000000098', author: KANELKOMPANIET, text: sent, minutesAgo: 0 },
      astrid,
    );
    await page.evaluate(
      ({ html, label }) => {
        const article = document.querySelector(`[aria-label^="${label}"]`)!;
        article.nextElementSibling!.insertAdjacentHTML('afterbegin', html);
      },
      { html: ownerReply, label: `Comment by ${astrid.author.name}` },
    );
    await expectBadge(session, String(DEMO_WAITING_COUNT - 1));

    const items = await readStore<Item>(panel, 'items');
    const astridItem = items.find((item) => item.author.name === astrid.author.name)!;
    expect(astridItem.status).toBe('answered');
    expect(astridItem.pendingSuggestion).toBeUndefined();
    const log = await readStore<ResponseLogEntry>(panel, 'responses');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      itemKey: astridItem.key,
      via: 'suggestion',
      templateId,
      suggestedText: suggested,
      agent: 'Demo',
    });
    expect(log[0].sentText).toBeTruthy();
    expect(log[0].editDistance).toBeTypeOf('number');
  });
});
