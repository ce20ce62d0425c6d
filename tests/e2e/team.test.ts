import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  type ExtensionSession,
  type PageRoutes,
} from '../../scripts/lib/browser';
import {
  postUrl,
  renderPostPage,
  type DemoPerson,
  type DemoPost,
} from '../../scripts/demo/facebook-markup';
import { KANELKOMPANIET } from '../../scripts/demo/kanelkompaniet';
import { BADGE_COLOURS } from '../../utils/background/badge';
import type { Item } from '../../utils/model/item';
import type { ResponseLogEntry } from '../../utils/model/response-log';
import { RESPONSE_LOG_COLUMNS } from '../../utils/stats/csv';
import {
  DEMO_BUILD,
  badgeBackground,
  expectBadge,
  expectNoStrayRequests,
  readStore,
} from './helpers';

// Issue 5's promise, end to end: waiting items of different ages → popup buckets and badge
// colour → assign and dismiss from the side panel with the keyboard only → the CSV export holds
// the log → backup, erase all, restore → the same counts as before.

const person = (name: string, slug: string): DemoPerson => ({ name, slug });
const COLLEAGUE = 'Karin Holm';

const morningPost: DemoPost = {
  page: KANELKOMPANIET,
  postId: '7310000000000201',
  text: 'Semlorna är här!',
  minutesAgo: 60 * 2,
  comments: [
    {
      id: '9200000000000001',
      author: person('Astrid Lundgren', 'astrid.lundgren.12'),
      text: 'Finns det veganska semlor?',
      minutesAgo: 5,
      lang: 'sv',
    },
    {
      id: '9200000000000002',
      author: person('Mads Kristensen', 'mads.kristensen.4'),
      text: 'Hvor længe har I dem?',
      minutesAgo: 90,
      lang: 'da',
    },
    {
      // Answered by the Page: on the page, but not waiting.
      id: '9200000000000003',
      author: person('Sofia Ek', 'sofia.ek.3'),
      text: 'Bästa i stan!',
      minutesAgo: 100,
      lang: 'sv',
      replies: [
        {
          id: '9200000000000004',
          author: KANELKOMPANIET,
          text: 'Tack Sofia!',
          minutesAgo: 95,
          lang: 'sv',
        },
      ],
    },
  ],
};

const olderPost: DemoPost = {
  page: KANELKOMPANIET,
  postId: '7310000000000202',
  text: 'Vi öppnar i Oslo!',
  minutesAgo: 60 * 24 * 4,
  comments: [
    {
      id: '9200000000000011',
      author: person('Ingrid Haugen', 'ingrid.haugen.77'),
      text: 'Når åpner dere på Grünerløkka?',
      minutesAgo: 60 * 24 * 3,
      lang: 'nb',
    },
    {
      id: '9200000000000012',
      author: person('Oliver Grant', 'oliver.grant.9'),
      text: 'Do you deliver to offices?',
      minutesAgo: 60 * 3,
      lang: 'en',
    },
  ],
};

const POSTS = [morningPost, olderPost];
const WAITING = 4;

function routes(): PageRoutes {
  return new Map(POSTS.map((post) => [postUrl(post), { body: renderPostPage(post) }]));
}

/** '#c62828' → [198, 40, 40, 255], as chrome.action.getBadgeBackgroundColor answers. */
function rgba(hex: string) {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

async function expectPopup(
  popup: Page,
  expected: { total: number; comments: number; under15: number; under24: number; older: number },
) {
  const text = (testId: string) => popup.getByTestId(testId).textContent();
  await expect.poll(() => text('waiting-count')).toBe(String(expected.total));
  if (expected.total === 0) return;
  await expect.poll(() => text('age-under15Minutes')).toBe(`Under 15 min: ${expected.under15}`);
  expect(await text('age-under24Hours')).toBe(`Under 24 h: ${expected.under24}`);
  expect(await text('age-older')).toBe(`24 h or more: ${expected.older}`);
  expect(await text('waiting-facebook')).toBe(`Facebook: ${expected.total}`);
  expect(await text('waiting-linkedin')).toBe('LinkedIn: 0');
  expect(await text('waiting-facebook-comment')).toBe(String(expected.comments));
  expect(await text('waiting-facebook-dm')).toBe('0');
}

/** Clicks `button` in the options page and returns the downloaded file's text. */
async function download(options: Page, button: string) {
  const [file] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('the team works the queue and keeps its data', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension({ extensionDir: DEMO_BUILD, routes: routes() });
  });
  afterAll(async () => {
    expectNoStrayRequests(session);
    await session.close();
  });

  it('buckets, assigns, dismisses, exports, erases and restores', async () => {
    // A colleague to assign to, named in the options page as a user would.
    const options = await openExtensionPage(session, 'options.html');
    const team = options.getByRole('region', { name: 'Team' });
    await team.getByLabel('Colleague’s name').fill(COLLEAGUE);
    await team.getByRole('button', { name: 'Add colleague' }).click();
    await team.getByRole('button', { name: 'Save' }).click();
    await team.getByText('Saved.').waitFor();

    // 1. Four people waiting: 5 min, 90 min, 3 h and 3 days.
    const tabs: Page[] = [];
    for (const post of POSTS) {
      const tab = await session.context.newPage();
      await tab.goto(postUrl(post));
      tabs.push(tab);
    }
    await expectBadge(session, String(WAITING));
    const popup = await openExtensionPage(session, 'popup.html');
    const before = { total: WAITING, comments: WAITING, under15: 1, under24: 2, older: 1 };
    await expectPopup(popup, before);
    expect(await badgeBackground(popup)).toEqual(rgba(BADGE_COLOURS.overdue));

    // 2. The side panel, keyboard only: assign the oldest to the colleague, dismiss the next.
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.bringToFront();
    await expect.poll(() => panel.getByTestId('waiting-item').count()).toBe(WAITING);
    // The queue listens for keys from an effect that runs after the first paint: let one pass.
    await panel.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done))),
    );
    const activeKey = () => panel.locator('li.active').getAttribute('data-item-key');
    await panel.keyboard.press('j');
    const assignedKey = (await activeKey())!;
    await panel.keyboard.press('a');
    await panel.getByRole('dialog', { name: 'Who answers Ingrid Haugen?' }).waitFor();
    await panel.keyboard.press('j'); // from "Me (Demo)" to the colleague
    await panel.keyboard.press('Enter');
    await panel.getByRole('status').getByText(`Assigned to ${COLLEAGUE}`).waitFor();

    await panel.keyboard.press('j');
    const dismissedKey = (await activeKey())!;
    expect(dismissedKey).not.toBe(assignedKey);
    await panel.keyboard.press('d');
    await panel.getByRole('dialog', { name: /need no answer/ }).waitFor();
    await panel.keyboard.press('Enter'); // the menu starts on "No reply needed"
    await panel.getByText('Dismissed: No reply needed.').waitFor();
    await expectBadge(session, String(WAITING - 1));

    const items = await readStore<Item>(panel, 'items');
    expect(items.find((item) => item.key === assignedKey)).toMatchObject({
      author: { name: 'Ingrid Haugen' },
      status: 'waiting',
      assignee: COLLEAGUE,
    });
    expect(items.find((item) => item.key === dismissedKey)).toMatchObject({
      author: { name: 'Oliver Grant' },
      status: 'dismissed',
      dismissReason: 'no-reply-needed',
    });
    const log = await readStore<ResponseLogEntry>(panel, 'responses');
    expect(log.filter((entry) => entry.via === 'dismissed')).toEqual([
      expect.objectContaining({
        itemKey: dismissedKey,
        dismissReason: 'no-reply-needed',
        agent: 'Demo',
        platform: 'facebook',
        kind: 'comment',
      }),
    ]);
    const after = { total: WAITING - 1, comments: WAITING - 1, under15: 1, under24: 1, older: 1 };
    await expectPopup(popup, after);
    expect(await badgeBackground(popup)).toEqual(rgba(BADGE_COLOURS.overdue));

    // 3. The CSV export: the header, then one row per log entry.
    const csv = await download(options, 'Download the response log (CSV)');
    expect(csv.name).toMatch(/^svara-log-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.text.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual([...RESPONSE_LOG_COLUMNS]);
    expect(rows).toHaveLength(log.length + 1);
    const column = (name: (typeof RESPONSE_LOG_COLUMNS)[number]) =>
      RESPONSE_LOG_COLUMNS.indexOf(name);
    const dismissedRow = rows.find((row) => row[column('itemKey')] === dismissedKey);
    expect(dismissedRow?.[column('via')]).toBe('dismissed');
    expect(dismissedRow?.[column('dismissReason')]).toBe('no-reply-needed');

    // 4. Backup, erase all, restore: the same counts as before.
    const backup = await download(options, 'Download a full backup (JSON)');
    expect(backup.name).toMatch(/^svara-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const stored = {
      items: (await readStore(options, 'items')).length,
      responses: (await readStore(options, 'responses')).length,
      settings: await readStore<{ key: string; value: Record<string, unknown> }>(
        options,
        'settings',
      ),
    };
    // Open platform tabs are rescanned when data changes: close them so nothing comes back.
    for (const tab of tabs) await tab.close();

    await options.getByRole('button', { name: 'Erase all data' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Yes, erase' }).click();
    await options.getByTestId('data-status').getByText('All data was erased.').waitFor();
    await expectBadge(session, '');
    await expectPopup(popup, { total: 0, comments: 0, under15: 0, under24: 0, older: 0 });
    expect(await readStore(options, 'items')).toEqual([]);
    expect(await readStore(options, 'responses')).toEqual([]);

    await options.getByLabel('Backup file').setInputFiles({
      name: backup.name,
      mimeType: 'application/json',
      buffer: Buffer.from(backup.text),
    });
    await options
      .getByTestId('data-status')
      .getByText(/^Backup restored/)
      .waitFor();
    await expectBadge(session, String(WAITING - 1));
    await expectPopup(popup, after);
    expect(await badgeBackground(popup)).toEqual(rgba(BADGE_COLOURS.overdue));
    expect((await readStore(options, 'items')).length).toBe(stored.items);
    expect((await readStore(options, 'responses')).length).toBe(stored.responses);
    // A backup never carries demo mode; the demo build answers as the demo company all the same.
    expect(await readStore(options, 'settings')).toEqual(
      stored.settings.map((row) => ({ ...row, value: { ...row.value, demo: false } })),
    );
    const restored = await readStore<Item>(options, 'items');
    expect(restored.find((item) => item.key === assignedKey)?.assignee).toBe(COLLEAGUE);
    expect(restored.find((item) => item.key === dismissedKey)?.status).toBe('dismissed');
  });
});
