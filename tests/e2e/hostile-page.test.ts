import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/browser';
import { renderComment } from '../../scripts/demo/facebook-markup';
import { DEMO_START_URL, demoRoutes } from '../../scripts/demo/routes';
import { DEMO_WAITING_COUNT, demoPost } from '../../scripts/demo/kanelkompaniet';
import { DEMO_BUILD, expectBadge, expectNoStrayRequests } from './helpers';

/** Full scans the background has received since `countFullScans` was installed. */
async function fullScansReceived(session: ExtensionSession): Promise<number> {
  return session.worker.evaluate(
    () => (globalThis as { svaraFullScans?: number }).svaraFullScans ?? 0,
  );
}

// A page is untrusted code running beside the content script: whatever it sends must not stop
// the scanner, learn the extension's id, or make Svara scan more than 4 times a second.
describe('a hostile page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension({ extensionDir: DEMO_BUILD, routes: demoRoutes() });
    await session.worker.evaluate(() => {
      const scope = globalThis as unknown as {
        svaraFullScans: number;
        chrome: {
          runtime: { onMessage: { addListener(listener: (message: unknown) => void): void } };
        };
      };
      scope.svaraFullScans = 0;
      scope.chrome.runtime.onMessage.addListener((message) => {
        if (/"full":true/.test(JSON.stringify(message))) scope.svaraFullScans += 1;
      });
    });
  });
  afterAll(async () => {
    expectNoStrayRequests(session);
    await session.close();
  });

  it('cannot stop the scanner, read the extension id, or flood scans', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenMessages: string[] }).seenMessages = seen;
      window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
    });
    await page.goto(DEMO_START_URL);
    await expectBadge(session, String(DEMO_WAITING_COUNT));
    const seen = await page.evaluate(
      () => (window as unknown as { seenMessages: string[] }).seenMessages,
    );
    expect(seen.join('\n')).not.toContain(session.extensionId);

    const before = await fullScansReceived(session);
    const floodedAt = Date.now();
    // The page forges WXT's events, both with the plain names and, as a page that knows the
    // published extension id would, with the names WXT really uses.
    await page.evaluate((id) => {
      for (const prefix of ['', `${id}:facebook:`]) {
        window.postMessage(
          {
            type: `${prefix}wxt:content-script-started`,
            contentScriptName: 'facebook',
            messageId: 'x',
          },
          '*',
        );
        document.dispatchEvent(
          new CustomEvent(`${prefix}wxt:content-script-started`, {
            detail: { contentScriptName: 'facebook', messageId: 'x' },
          }),
        );
      }
      for (let event = 0; event < 500; event += 1) {
        window.dispatchEvent(new Event('wxt:locationchange'));
        window.dispatchEvent(new Event(`${id}:facebook:wxt:locationchange`));
      }
    }, session.extensionId);

    const newcomer = renderComment(demoPost, {
      id: '9100000000000077',
      author: { name: 'Ebba Lund', slug: 'ebba.lund.4' },
      text: 'Har ni glutenfria bullar?',
      minutesAgo: 0,
      lang: 'sv',
    });
    await page.evaluate((html) => {
      document.querySelector('[data-svara-demo="comments"]')!.insertAdjacentHTML('beforeend', html);
    }, newcomer);
    await expectBadge(session, String(DEMO_WAITING_COUNT + 1), 3_000);

    await page.waitForTimeout(1_500);
    const fullScans = (await fullScansReceived(session)) - before;
    const seconds = (Date.now() - floodedAt) / 1_000;
    // At most 4 a second over the whole window, however many events the page fired.
    expect(fullScans).toBeLessThanOrEqual(Math.ceil(seconds * 4));
  });
});
