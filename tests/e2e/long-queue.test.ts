import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  type ExtensionSession,
} from '../../scripts/lib/browser';
import { renderComment } from '../../scripts/demo/facebook-markup';
import { DEMO_WAITING_COUNT, demoPost } from '../../scripts/demo/kanelkompaniet';
import { waitForDemoPreset } from '../../scripts/demo/preset';
import { DEMO_START_URL, demoRoutes } from '../../scripts/demo/routes';
import type { Item } from '../../utils/model/item';
import { DEMO_BUILD, expectBadge, expectNoStrayRequests, readStore } from './helpers';

const WAITING = 1_000;
/**
 * At most this many rows in the DOM: the view (720 px) and the list's margin either side make
 * about 40 rows of the estimated height; a list rendering every row would show all 1,000.
 */
const MAX_ROWS_IN_DOM = 60;

// Customers' everyday questions, none of them a crisis or a complaint, so the queue's default
// order is simply the longest wait first and the last row is the newest comment.
const QUESTIONS = [
  'Har ni öppet på söndag?',
  'Finns det glutenfria bullar i Göteborg?',
  'Kan man förboka en tårta till lördag?',
  'Hur länge har ni öppet i kväll?',
];

/** Customer comments on the demo post, so the queue holds `WAITING` items in all. */
function customerComments(): string[] {
  return Array.from({ length: WAITING - DEMO_WAITING_COUNT }, (_, i) =>
    renderComment(demoPost, {
      id: `93000000000${String(i).padStart(5, '0')}`,
      author: { name: `Kund ${i + 1}`, slug: `kund.${i + 1}` },
      text: `${QUESTIONS[i % QUESTIONS.length]} (${i + 1})`,
      // Older first: the comment appended last is the newest.
      minutesAgo: WAITING - i,
      lang: 'sv',
    }),
  );
}

describe('a queue of 1,000 waiting items in the side panel', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension({ extensionDir: DEMO_BUILD, routes: demoRoutes() });
    await waitForDemoPreset(session);
    const post = await session.context.newPage();
    await post.goto(DEMO_START_URL);
    await expectBadge(session, String(DEMO_WAITING_COUNT), 15_000);
    await post.evaluate((comments) => {
      const list = document.querySelector('[data-svara-demo="comments"]')!;
      list.insertAdjacentHTML('beforeend', comments.join(''));
    }, customerComments());
    await expectBadge(session, '999+', 30_000);
    // 999+ is any count above 999: wait until exactly all of them are stored.
    const probe = await openExtensionPage(session, 'popup.html');
    const waitingStored = async () =>
      (await readStore<Item>(probe, 'items')).filter((item) => item.status === 'waiting').length;
    for (let attempt = 0; attempt < 300 && (await waitingStored()) < WAITING; attempt++) {
      await probe.waitForTimeout(100);
    }
    expect(await waitingStored()).toBe(WAITING);
    await probe.close();
  }, 120_000);
  afterAll(async () => {
    expectNoStrayRequests(session);
    await session?.close();
  });

  it('stays windowed, reaches the last item by keyboard and opens it', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.setViewportSize({ width: 400, height: 720 });
    const rows = panel.getByTestId('waiting-item');
    await rows.first().waitFor();
    const windowed = async () => {
      const count = await rows.count();
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    };
    await windowed();
    expect(await rows.first().getAttribute('aria-setsize')).toBe(String(WAITING));

    // j from the first row to the last: the cursor, the focus and the rendered window follow.
    for (let press = 0; press < WAITING; press++) await panel.keyboard.press('j');
    const last = panel.locator(`[data-testid="waiting-item"][aria-posinset="${WAITING}"]`);
    await expect.poll(() => last.getAttribute('class')).toContain('active');
    await expect
      .poll(() =>
        panel.evaluate(
          () => document.activeElement?.closest('[data-testid="waiting-item"]')?.ariaPosInSet,
        ),
      )
      .toBe(String(WAITING));
    const box = await last.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
    await windowed();
    expect(await last.locator('.author').textContent()).toBe(
      `Kund ${WAITING - DEMO_WAITING_COUNT}`,
    );

    await panel.keyboard.press('Enter');
    const text = panel.getByTestId('item-text');
    await expect.poll(() => text.textContent()).toContain(`(${WAITING - DEMO_WAITING_COUNT})`);
    await expect.poll(() => last.getAttribute('class')).toContain('selected');
    await windowed();
    await panel.close();
  }, 180_000); // a thousand key presses, each a round trip to the browser
});
