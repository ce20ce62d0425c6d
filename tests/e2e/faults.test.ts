import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  stopServiceWorker,
  type ExtensionSession,
} from '../../scripts/lib/browser';
import { renderComment, type DemoComment } from '../../scripts/demo/facebook-markup';
import { DEMO_START_URL, demoRoutes } from '../../scripts/demo/routes';
import { DEMO_WAITING_COUNT, KANELKOMPANIET, demoPost } from '../../scripts/demo/kanelkompaniet';
import type { Item } from '../../utils/model/item';
import type { ResponseLogEntry } from '../../utils/model/response-log';
import { DEMO_BUILD, expectBadge, expectNoStrayRequests, readStore } from './helpers';
import { FAIL_ITEM_WRITES, PAUSE_AT_NEXT_ITEM_WRITE, debugServiceWorker } from './worker-debugger';

const APPENDED = 30;
const BURST = 5;

/** Customers' comments appended to the demo post while the test runs. */
const customerComments: DemoComment[] = Array.from({ length: APPENDED }, (_, index) => ({
  id: `92000000000000${String(index).padStart(2, '0')}`,
  author: { name: `Kund ${index + 1}`, slug: `kund.${index + 1}` },
  text: `Fråga nummer ${index + 1}: har ni lussebullar kvar?`,
  minutesAgo: 0,
  lang: 'sv',
}));

/** The Page answers Astrid, as Facebook renders an owner reply under her comment. */
const astrid = demoPost.comments[0]!;
const replyToAstrid: DemoComment = {
  id: '9100000000000099',
  author: KANELKOMPANIET,
  text: 'Hej Astrid! Ja, 9–17.',
  minutesAgo: 0,
};
const ownerReplyToAstrid = renderComment(demoPost, replyToAstrid, astrid);

async function appendComments(page: Page, html: string[]) {
  await page.evaluate((comments) => {
    const list = document.querySelector('[data-svara-demo="comments"]')!;
    for (const comment of comments) list.insertAdjacentHTML('beforeend', comment);
  }, html);
}

async function appendOwnerReply(page: Page) {
  await page.evaluate(
    ({ html, label }) => {
      const article = document.querySelector(`[aria-label^="${label}"]`)!;
      article.nextElementSibling!.insertAdjacentHTML('afterbegin', html);
    },
    { html: ownerReplyToAstrid, label: `Comment by ${astrid.author.name}` },
  );
}

/** Waits until the stored items stop changing, so assertions see the settled state. */
async function settledItems(extensionPage: Page): Promise<Item[]> {
  let previous = '';
  for (;;) {
    const items = await readStore<Item>(extensionPage, 'items');
    const current = JSON.stringify(items.map((item) => [item.key, item.status]));
    if (current === previous) return items;
    previous = current;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** The demo post open and counted, with an extension page to read the database from. */
async function openDemoPost(session: ExtensionSession) {
  const page = await session.context.newPage();
  await page.goto(DEMO_START_URL);
  await expectBadge(session, String(DEMO_WAITING_COUNT));
  const probe = await openExtensionPage(session, 'popup.html');
  return { page, probe, demoItems: await settledItems(probe) };
}

const waitingCount = (items: Item[]) => items.filter((item) => item.status === 'waiting').length;

function expectNoDuplicateLogEntries(log: ResponseLogEntry[]) {
  expect(new Set(log.map((entry) => entry.itemKey)).size).toBe(log.length);
}

/** Every appended comment stored once and waiting, Astrid answered once, nobody counted twice. */
async function expectNothingLostOrDoubled(
  session: ExtensionSession,
  probe: Page,
  demoItems: Item[],
) {
  const items = await settledItems(probe);
  expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
  for (const comment of customerComments) {
    const stored = items.filter((item) => item.key.includes(comment.id));
    expect(stored, `comment ${comment.id}`).toHaveLength(1);
    expect(stored[0]!.status).toBe('waiting');
  }
  expect(items).toHaveLength(demoItems.length + APPENDED);
  expect(waitingCount(items)).toBe(DEMO_WAITING_COUNT - 1 + APPENDED);
  await expectBadge(session, String(waitingCount(items)));

  const log = await readStore<ResponseLogEntry>(probe, 'responses');
  expect(log).toHaveLength(1);
  expectNoDuplicateLogEntries(log);
  expect(log[0]).toMatchObject({ via: 'observed', sentText: 'Hej Astrid! Ja, 9–17.' });
  // A rolled-back write leaves no half: each new customer is one person with one item.
  const people = await readStore<{ name: string; itemKeys: string[] }>(probe, 'people');
  for (const comment of customerComments) {
    const person = people.filter((entry) => entry.name === comment.author.name);
    expect(person, comment.author.name).toHaveLength(1);
    expect(person[0]!.itemKeys).toHaveLength(1);
  }
}

describe('faults on the demo post', () => {
  let session: ExtensionSession;

  beforeEach(async () => {
    session = await launchWithExtension({ extensionDir: DEMO_BUILD, routes: demoRoutes() });
  });
  afterEach(async () => {
    expectNoStrayRequests(session);
    await session.close();
  });

  it('loses and doubles nothing when the service worker is stopped inside a write', async () => {
    const { page, probe, demoItems } = await openDemoPost(session);

    // The worker stops in the debugger inside the transaction of the first burst's scan; the
    // other bursts and the owner's reply arrive while it hangs there, then it is stopped.
    const worker = await debugServiceWorker(session);
    await worker.evaluate(PAUSE_AT_NEXT_ITEM_WRITE);
    const html = customerComments.map((comment) => renderComment(demoPost, comment));
    const bursts = Array.from({ length: APPENDED / BURST }, (_, index) =>
      html.slice(index * BURST, (index + 1) * BURST),
    );
    await appendComments(page, bursts[0]!);
    await worker.paused();
    for (const [index, burst] of bursts.slice(1).entries()) {
      await appendComments(page, burst);
      if (index === 1) await appendOwnerReply(page);
    }
    await stopServiceWorker(session, probe);

    // The content script sends what the stopped worker never acknowledged to a new worker.
    await expect
      .poll(async () => (await readStore<Item>(probe, 'items')).length, { timeout: 15_000 })
      .toBe(demoItems.length + APPENDED);
    await expectNothingLostOrDoubled(session, probe, demoItems);
  });

  it('delivers a scan after writes failed for longer than the old retries and the worker restarted', async () => {
    const { page, probe, demoItems } = await openDemoPost(session);

    const worker = await debugServiceWorker(session);
    await worker.evaluate(FAIL_ITEM_WRITES);
    await appendComments(
      page,
      customerComments.map((comment) => renderComment(demoPost, comment)),
    );
    await appendOwnerReply(page);
    // Past the 5.25 s after which the old content script gave a scan up for lost.
    await page.waitForTimeout(7_000);
    expect(await worker.evaluate<number>('refusedItemWrites')).toBeGreaterThanOrEqual(5);
    expect(await readStore<Item>(probe, 'items')).toHaveLength(demoItems.length);
    await stopServiceWorker(session, probe);

    await expect
      .poll(async () => (await readStore<Item>(probe, 'items')).length, { timeout: 15_000 })
      .toBe(demoItems.length + APPENDED);
    await expectNothingLostOrDoubled(session, probe, demoItems);
  });

  it('stores one item and one log entry when two tabs report the same thread at once', async () => {
    const [first, second] = await Promise.all([
      session.context.newPage(),
      session.context.newPage(),
    ]);
    await Promise.all([first.goto(DEMO_START_URL), second.goto(DEMO_START_URL)]);
    await expectBadge(session, String(DEMO_WAITING_COUNT));
    const probe = await openExtensionPage(session, 'popup.html');
    const before = await settledItems(probe);

    await Promise.all([appendOwnerReply(first), appendOwnerReply(second)]);
    await expectBadge(session, String(DEMO_WAITING_COUNT - 1));

    const items = await settledItems(probe);
    expect(items.map((item) => item.key).sort()).toEqual(before.map((item) => item.key).sort());
    const answered = items.filter((item) => item.author.name === astrid.author.name);
    expect(answered).toHaveLength(1);
    expect(answered[0]!.status).toBe('answered');
    const log = await readStore<ResponseLogEntry>(probe, 'responses');
    expect(log).toHaveLength(1);
    expect(log[0]!.itemKey).toBe(answered[0]!.key);
  });
});
