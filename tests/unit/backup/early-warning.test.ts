import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  checkEarlyWarning,
  EARLY_WARNING_NOTIFICATION_ID,
  notifySpike,
} from '../../../utils/background/early-warning';
import { SvaraDatabase } from '../../../utils/db/database';
import { createTranslator } from '../../../utils/i18n/translate';
import { storedItem } from './fixtures';

const NOW = new Date('2026-11-20T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

/** Five quiet weeks of history, so the usual count for the window is known (zero). */
const HISTORY = storedItem({ key: 'fb:history', firstSeenAt: '2026-10-10T08:00:00.000Z' });
const COMPLAINTS = [10, 40, 90].map((minutes, index) =>
  storedItem({
    key: `fb:c${index}`,
    sentiment: 'negative',
    author: { name: `Kund ${index}` },
    text: `Kallt kaffe igen ${index}`,
    postedAt: minutesAgo(minutes),
    firstSeenAt: minutesAgo(minutes),
  }),
);

describe('checkEarlyWarning', () => {
  let db: SvaraDatabase;
  beforeEach(() => {
    db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  it('says nothing while complaints are few', async () => {
    await db.items.bulkAdd([HISTORY, ...COMPLAINTS.slice(0, 2)]);
    expect(await checkEarlyWarning(db, NOW)).toBeNull();
  });

  it('announces a spike once per window, with the items behind it, newest first', async () => {
    await db.items.bulkAdd([HISTORY, ...COMPLAINTS]);
    const warning = await checkEarlyWarning(db, NOW);
    expect(warning?.report).toMatchObject({ spiking: true, recentCount: 3, baseline: 0 });
    expect(warning?.items.map((item) => item.key)).toEqual(['fb:c0', 'fb:c1', 'fb:c2']);

    expect(await checkEarlyWarning(db, new Date(NOW.getTime() + 60 * 60_000))).toBeNull();

    const later = new Date(NOW.getTime() + 3 * 60 * 60_000 + 60_000);
    await db.items.bulkAdd(
      [1, 2, 3].map((minutes) =>
        storedItem({
          key: `fb:later${minutes}`,
          intent: 'complaint',
          firstSeenAt: new Date(later.getTime() - minutes * 60_000).toISOString(),
        }),
      ),
    );
    expect((await checkEarlyWarning(db, later))?.report.recentCount).toBe(3);
  });
});

describe('notifySpike', () => {
  it('shows a plain-text notification naming the first items', async () => {
    const db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
    await db.items.bulkAdd([HISTORY, ...COMPLAINTS]);
    const warning = (await checkEarlyWarning(db, NOW))!;
    await db.delete();
    const notifications = { create: vi.fn(async () => EARLY_WARNING_NOTIFICATION_ID) };

    await notifySpike(notifications, warning, createTranslator('en'));

    expect(notifications.create).toHaveBeenCalledWith(EARLY_WARNING_NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: '/icon/128.png',
      title: 'Complaints are rising',
      message: [
        '3 complaints in the last 3 h, far more than usual.',
        'Kund 0: Kallt kaffe igen 0',
        'Kund 1: Kallt kaffe igen 1',
        'Kund 2: Kallt kaffe igen 2',
      ].join('\n'),
    });
  });
});
