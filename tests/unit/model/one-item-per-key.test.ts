import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SvaraDatabase } from '../../../utils/db/database';
import { applyPageScan } from '../../../utils/db/items';
import { readWaitingCounts } from '../../../utils/db/counters';
import type { DetectedItem } from '../../../utils/model/detected-item';
import { oneItemPerKey } from '../../../utils/model/one-item-per-key';
import { detected, scanOf } from '../../helpers/items';

const T0 = new Date('2026-11-20T10:00:00Z');

describe('oneItemPerKey', () => {
  it('keeps the first copy of each key, in first-seen order', () => {
    const items = [
      detected({ key: 'facebook:comment:2' }),
      detected({ key: 'facebook:comment:1' }),
      detected({ key: 'facebook:comment:2' }),
    ];
    expect(oneItemPerKey(items).map((item) => item.key)).toEqual([
      'facebook:comment:2',
      'facebook:comment:1',
    ]);
  });

  it('answers an item when the copy that shows more of the thread shows the answer', () => {
    const inFeed = detected({ key: 'facebook:comment:1' });
    const inDialog = detected({
      key: 'facebook:comment:1',
      answered: true,
      postedAt: '2026-11-20T09:00:00Z',
      permalink: 'https://www.facebook.com/x/posts/1?comment_id=1',
    });
    const [merged] = oneItemPerKey([inFeed, inDialog]);
    expect(merged).toMatchObject({
      answered: true,
      waiting: false,
      postedAt: '2026-11-20T09:00:00Z',
      permalink: 'https://www.facebook.com/x/posts/1?comment_id=1',
    });
  });
});

/** What a scan leaves behind that a person sees: items, waiting counts, log entries. */
async function stateAfter(scans: DetectedItem[][]) {
  const db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  try {
    // A stored earlier state, so that scans also answer items, not only create them.
    await applyPageScan(
      db,
      scanOf([0, 1, 2].map((n) => detected({ key: `facebook:comment:${n}` }))),
      T0,
      'Eva',
    );
    for (const items of scans) await applyPageScan(db, scanOf(items), T0, 'Eva');
    const items = await db.items.orderBy('key').toArray();
    return {
      items: items.map(({ key, status, waiting, answeredAt }) => ({
        key,
        status,
        waiting,
        answeredAt,
      })),
      counts: await readWaitingCounts(db),
      log: (await db.responses.toArray()).map((entry) => entry.itemKey).sort(),
      people: await db.people.count(),
    };
  } finally {
    await db.delete();
  }
}

// Distinct comments (answered or not, ours or a customer's), each with one content per key.
const distinctItems = fc
  .uniqueArray(
    fc.record({
      n: fc.integer({ min: 0, max: 8 }),
      answered: fc.boolean(),
      byOwner: fc.boolean(),
      author: fc.constantFrom('anna', 'bo', 'cecilia'),
    }),
    { selector: (item) => item.n, minLength: 1, maxLength: 6 },
  )
  .map((items) =>
    items.map(({ n, answered, byOwner, author }) =>
      detected({
        key: `facebook:comment:${n}`,
        answered,
        byOwner,
        author: { name: author, profileUrl: `https://www.facebook.com/${author}` },
      }),
    ),
  );

describe('a scan with repeats', () => {
  it('leaves the same items, counts and log whether duplicated, split or permuted', async () => {
    await fc.assert(
      fc.asyncProperty(
        distinctItems,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 0, max: 20 }),
        async (items, repeats, seed, splitAt) => {
          const plain = await stateAfter([items]);
          // Every item at least once, some again, in a shuffled order, as one scan or two.
          const withRepeats = [...items, ...repeats.map((index) => items[index % items.length]!)];
          const shuffled = fc.sample(
            fc.shuffledSubarray(withRepeats, { minLength: withRepeats.length }),
            {
              seed,
              numRuns: 1,
            },
          )[0]!;
          const cut = splitAt % (shuffled.length + 1);
          expect(await stateAfter([shuffled])).toEqual(plain);
          expect(await stateAfter([shuffled.slice(0, cut), shuffled.slice(cut)])).toEqual(plain);
        },
      ),
      { numRuns: 60, seed: 20261203 },
    );
  });
});
