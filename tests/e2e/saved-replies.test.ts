import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  type ExtensionSession,
} from '../../scripts/lib/browser';
import { demoRoutes } from '../../scripts/demo/routes';
import { demoPost } from '../../scripts/demo/kanelkompaniet';
import { DEMO_BUILD, expectNoStrayRequests, openDemoPost } from './helpers';

// The saved-reply round trip in the built extension: a suggestion's reply edited on the options
// page is kept over a reload and is what the side panel suggests next.
describe('a saved reply edited on the options page', () => {
  let session: ExtensionSession;
  const astrid = demoPost.comments[0];

  beforeAll(async () => {
    session = await launchWithExtension({ extensionDir: DEMO_BUILD, routes: demoRoutes() });
    await openDemoPost(session);
  });
  afterAll(async () => {
    expectNoStrayRequests(session);
    await session.close();
  });

  async function suggestionsFor(name: string) {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.getByTestId('waiting-item').filter({ hasText: name }).locator('.item-main').click();
    const suggestions = panel.getByTestId('item-detail').getByTestId('suggestion');
    await suggestions.first().waitFor();
    return { panel, suggestions };
  }

  it('is saved, shown after a reload and suggested in the side panel', async () => {
    const before = await suggestionsFor(astrid.author.name);
    const id = (await before.suggestions.first().getAttribute('data-template-id'))!;
    await before.panel.close();

    const options = await openExtensionPage(session, 'options.html');
    const replies = options.getByRole('region', { name: 'Saved replies' });
    await replies.getByRole('button', { name: new RegExp(`^${id}\\b`) }).click();
    const text = replies.getByRole('textbox', { name: 'Reply text' });
    const added = 'Vi ses på kaféet.';
    const edited = `${(await text.inputValue()).trimEnd()} ${added}`;
    await text.fill(edited);
    await replies.getByRole('button', { name: 'Save reply' }).click();
    await expect
      .poll(() => replies.getByTestId('replies-outcome').textContent())
      .toBe(`${id} saved as a new version of the guide.`);

    await options.reload();
    const reloaded = options.getByRole('region', { name: 'Saved replies' });
    await reloaded.getByRole('button', { name: new RegExp(`^${id}\\b`) }).click();
    expect(await reloaded.getByRole('textbox', { name: 'Reply text' }).inputValue()).toBe(edited);

    const after = await suggestionsFor(astrid.author.name);
    const same = after.suggestions.and(after.panel.locator(`[data-template-id="${id}"]`));
    await expect.poll(() => same.locator('.suggestion-text').textContent()).toContain(added);
  });
});
