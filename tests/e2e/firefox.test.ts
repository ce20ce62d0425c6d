import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithAddon, type FirefoxSession } from '../../scripts/lib/firefox';
import { renderComment } from '../../scripts/demo/facebook-markup';
import { DEMO_START_URL, demoRoutes } from '../../scripts/demo/routes';
import { DEMO_WAITING_COUNT, demoPost } from '../../scripts/demo/kanelkompaniet';

const FIREFOX_DEMO_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2-demo');

async function expectBadge(session: FirefoxSession, expected: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let seen = await session.badgeText();
  while (seen !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    seen = await session.badgeText();
  }
  expect(seen).toBe(expected);
}

// Firefox's MV2 build has no browser.action: the badge must still follow the page there.
describe('the Firefox build in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefoxWithAddon({
      extensionDir: FIREFOX_DEMO_BUILD,
      routes: demoRoutes(),
    });
  });
  afterAll(async () => {
    expect(session.strayRequests).toEqual([]);
    await session.close();
  });

  it('counts the demo post’s waiting comments on the badge, and one more when it arrives', async () => {
    const page = await session.newRoutedPage();
    await page.goto(DEMO_START_URL);
    await expectBadge(session, String(DEMO_WAITING_COUNT));
    const newcomer = renderComment(demoPost, {
      id: '9100000000000091',
      author: { name: 'Oskar Nyberg', slug: 'oskar.nyberg.5' },
      text: 'Har ni kanelbullar kvar?',
      minutesAgo: 0,
      lang: 'sv',
    });
    await page.evaluate((html) => {
      document.querySelector('[data-svara-demo="comments"]')!.insertAdjacentHTML('beforeend', html);
    }, newcomer);
    await expectBadge(session, String(DEMO_WAITING_COUNT + 1));
  });
});
