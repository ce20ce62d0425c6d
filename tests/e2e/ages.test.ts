import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  type ExtensionSession,
} from '../../scripts/lib/browser';
import { demoRoutes } from '../../scripts/demo/routes';
import { demoPost } from '../../scripts/demo/kanelkompaniet';
import { DEMO_BUILD, expectNoStrayRequests, openDemoPost } from './helpers';

// The demo's oldest comment is 26 hours old and the page labels it "1d" with no date: read at
// the label's upper bound, the popup and the side panel show 2 days, never a rounded-down 24 h.
describe('ages as the demo page says them', () => {
  let session: ExtensionSession;
  const oldest = demoPost.comments.reduce((a, b) => (b.minutesAgo > a.minutesAgo ? b : a));

  beforeAll(async () => {
    session = await launchWithExtension({ extensionDir: DEMO_BUILD, routes: demoRoutes() });
    await openDemoPost(session);
  });
  afterAll(async () => {
    expectNoStrayRequests(session);
    await session.close();
  });

  it('a 26-hour-old comment labelled "1d" waits 2 d in the popup and the queue', async () => {
    expect(oldest.minutesAgo).toBe(26 * 60);
    const popup = await openExtensionPage(session, 'popup.html');
    await expect.poll(() => popup.getByTestId('oldest').textContent()).toBe('Oldest waiting: 2 d');

    const panel = await openExtensionPage(session, 'sidepanel.html');
    const row = panel.getByTestId('waiting-item').filter({ hasText: oldest.author.name });
    await row.waitFor();
    const text = (await row.textContent())!;
    expect(text).toContain('2 d');
    expect(text).not.toContain('24 h');
  });
});
