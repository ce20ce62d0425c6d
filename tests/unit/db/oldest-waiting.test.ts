import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SvaraDatabase } from '../../../utils/db/database';
import { oldestWaiting, waitingSince } from '../../../utils/db/items';
import type { Item } from '../../../utils/model/item';

const BASE = Date.parse('2026-11-01T00:00:00.000Z');
const at = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString();

const item = fc.record({
  waiting: fc.boolean(),
  firstSeen: fc.integer({ min: 0, max: 500 }),
  // Minutes from first seen to posted: usually before, sometimes after (a "just now" read late),
  // or unknown.
  posted: fc.option(fc.integer({ min: -500, max: 50 }), { nil: undefined }),
});

function itemsOf(rows: Array<{ waiting: boolean; firstSeen: number; posted?: number }>): Item[] {
  return rows.map((row, i) => ({
    platform: 'facebook',
    kind: 'comment',
    key: `facebook:comment:${i}`,
    threadKey: 'facebook:post:1',
    author: { name: `Person ${i}` },
    text: 'Hej',
    answered: !row.waiting,
    byOwner: false,
    ownedThread: true,
    waiting: row.waiting,
    status: row.waiting ? 'waiting' : 'answered',
    firstSeenAt: at(row.firstSeen),
    lastSeenAt: at(row.firstSeen),
    ...(row.posted === undefined ? {} : { postedAt: at(row.firstSeen + row.posted) }),
  }));
}

describe('oldestWaiting', () => {
  it('waits since the same moment as the oldest of all waiting items, read one by one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 30 }), async (rows) => {
        const db = new SvaraDatabase(`oldest-${crypto.randomUUID()}`);
        try {
          const items = itemsOf(rows);
          await db.items.bulkPut(items);
          const waiting = items.filter((i) => i.status === 'waiting').map(waitingSince);
          const expected = waiting.length === 0 ? undefined : waiting.sort()[0];
          const oldest = await oldestWaiting(db);
          expect(oldest && waitingSince(oldest)).toBe(expected);
          expect(oldest === undefined || oldest.status === 'waiting').toBe(true);
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
