import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  launchWithExtension,
  openExtensionPage,
  restartServiceWorker,
  type ExtensionSession,
} from '../../scripts/lib/browser';
import { renderComment } from '../../scripts/demo/facebook-markup';
import { DEMO_START_URL, demoRoutes } from '../../scripts/demo/routes';
import { DEMO_WAITING_COUNT, KANELKOMPANIET, demoPost } from '../../scripts/demo/kanelkompaniet';
import type { Item } from '../../utils/model/item';
import type { ResponseLogEntry } from '../../utils/model/response-log';
import { DEMO_BUILD, expectBadge, expectNoStrayRequests, readStore } from './helpers';

// The foundation's promise: page → detected → stored → badge and popup → side panel →
// reply observed → response logged, and the badge survives a service-worker restart.
describe('the whole loop on the demo post', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension({ extensionDir: DEMO_BUILD, routes: demoRoutes() });
  });
  afterAll(async () => {
    expectNoStrayRequests(session);
    await session.close();
  });

  it('counts, lists, observes the reply and keeps the badge across a restart', async () => {
    const page = await session.context.newPage();
    await page.goto(DEMO_START_URL);
    await expectBadge(session, String(DEMO_WAITING_COUNT));

    const popup = await openExtensionPage(session, 'popup.html');
    await expect
      .poll(() => popup.getByTestId('waiting-count').textContent())
      .toBe(String(DEMO_WAITING_COUNT));

    const panel = await openExtensionPage(session, 'sidepanel.html');
    const listed = panel.getByTestId('waiting-item').locator('.author');
    await expect
      .poll(() => listed.allTextContents())
      .toEqual(['Ingrid Haugen', 'Mads Kristensen', 'Oliver Grant', 'Astrid Lundgren']);

    // The Page answers Astrid: her thread gets an owner reply, as Facebook would render it.
    const astrid = demoPost.comments[0];
    const ownerReply = renderComment(
      demoPost,
      {
        id: '9100000000000099',
        author: KANELKOMPANIET,
        text: 'Hej Astrid! Ja, 9–17.',
        minutesAgo: 0,
      },
      astrid,
    );
    const appendedAt = Date.now();
    await page.evaluate(
      ({ html, label }) => {
        const article = document.querySelector(`[aria-label^="${label}"]`)!;
        const replies = article.nextElementSibling!;
        replies.insertAdjacentHTML('afterbegin', html);
      },
      { html: ownerReply, label: `Comment by ${astrid.author.name}` },
    );
    await expectBadge(session, String(DEMO_WAITING_COUNT - 1), 1_000);
    expect(Date.now() - appendedAt).toBeLessThan(1_000);

    await expect.poll(() => listed.count()).toBe(DEMO_WAITING_COUNT - 1);
    const items = await readStore<Item>(panel, 'items');
    const astridItem = items.find((item) => item.author.name === astrid.author.name)!;
    expect(astridItem.status).toBe('answered');
    const log = await readStore<ResponseLogEntry>(panel, 'responses');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      itemKey: astridItem.key,
      via: 'observed',
      sentText: 'Hej Astrid! Ja, 9–17.',
      agent: 'Demo',
    });

    // Spoil the badge, stop the worker, wake it: it must recompute the count from Dexie.
    await panel.evaluate("chrome.action.setBadgeText({ text: 'X' })");
    await restartServiceWorker(session, panel);
    await expectBadge(session, String(DEMO_WAITING_COUNT - 1));
    expect(await badgeText(session)).not.toBe('X');
  });
});
