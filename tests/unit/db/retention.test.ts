import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWaitingCount, recountWaiting } from '../../../utils/db/counters';
import { SvaraDatabase } from '../../../utils/db/database';
import { saveExemplar } from '../../../utils/db/exemplars';
import { notePerson } from '../../../utils/db/people';
import {
  LAST_AUTO_PRUNE_KEY,
  pruneAutomatically,
  pruneOlderThan,
  pruneWithSettings,
  readLastAutoPrune,
  retentionCutoff,
} from '../../../utils/db/retention';
import { updateSettings } from '../../../utils/db/settings';
import { fillDatabase, logEntry, storedItem } from '../backup/fixtures';

const NOW = new Date('2026-11-20T10:00:00Z');
// Six months before NOW.
const OLD = '2026-05-19T23:59:59.999Z';
const AT_CUTOFF = '2026-05-20T10:00:00.000Z';
const RECENT = '2026-11-01T10:00:00.000Z';

describe('retention', () => {
  let db: SvaraDatabase;
  beforeEach(() => {
    db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  it('counts retention in calendar months, clamping to the end of shorter months', () => {
    expect(retentionCutoff(new Date('2026-11-20T10:00:00Z'), 6).toISOString()).toBe(
      '2026-05-20T10:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe(
      '2026-02-28T00:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2026-01-15T00:00:00Z'), 13).toISOString()).toBe(
      '2024-12-15T00:00:00.000Z',
    );
  });

  it('prunes log entries older than the retention; 0 keeps all', async () => {
    await db.responses.bulkAdd([
      logEntry({ itemKey: 'a', respondedAt: OLD }),
      logEntry({ itemKey: 'b', respondedAt: AT_CUTOFF }),
      logEntry({ itemKey: 'c', respondedAt: RECENT }),
    ]);
    expect(await pruneOlderThan(db, 0, NOW)).toEqual({
      responses: 0,
      items: 0,
      people: 0,
      corrections: 0,
    });
    expect(await db.responses.count()).toBe(3);
    expect((await pruneOlderThan(db, 6, NOW)).responses).toBe(1);
    expect((await db.responses.toArray()).map((entry) => entry.itemKey)).toEqual(['b', 'c']);
  });

  it('prunes items a page last showed before the cutoff, whatever their status, and the people who wrote only those', async () => {
    const old = { firstSeenAt: OLD, lastSeenAt: OLD };
    const asa = { name: 'Åsa Öberg', profileUrl: 'https://www.facebook.com/asa' };
    const bo = { name: 'Bo Ek', profileUrl: 'https://www.facebook.com/bo' };
    const items = [
      // Åsa wrote one old and one recent item: she stays, with the recent one.
      storedItem({ key: 'fb:asa-old', author: asa, ...old, postedAt: OLD }),
      storedItem({ key: 'fb:asa-new', author: asa, firstSeenAt: RECENT, lastSeenAt: RECENT }),
      // Bo wrote only old items, one waiting and one answered: he goes with them.
      storedItem({ key: 'fb:bo-waiting', author: bo, ...old }),
      storedItem({
        key: 'fb:bo-answered',
        author: bo,
        ...old,
        status: 'answered',
        answered: true,
        waiting: false,
      }),
      // First seen long ago, but still on a page last week: kept.
      storedItem({
        key: 'fb:still-shown',
        author: { name: 'Eda' },
        firstSeenAt: OLD,
        lastSeenAt: RECENT,
      }),
      // Exactly at the cutoff is not older than it.
      storedItem({
        key: 'fb:at-cutoff',
        author: { name: 'Cilla' },
        firstSeenAt: AT_CUTOFF,
        lastSeenAt: AT_CUTOFF,
      }),
      storedItem({ key: 'fb:dora', author: { name: 'Dora' }, ...old }),
    ];
    await db.items.bulkAdd(items);
    for (const item of items) await notePerson(db, item);
    await recountWaiting(db);
    await db.responses.add(logEntry({ itemKey: 'fb:bo-answered', respondedAt: OLD }));
    await saveExemplar(
      db,
      { itemKey: 'fb:dora', text: 'old correction', intent: 'complaint', escalate: false },
      new Date(OLD),
    );
    await saveExemplar(
      db,
      { itemKey: 'fb:asa-new', text: 'new correction', intent: 'question', escalate: false },
      new Date(RECENT),
    );
    expect(await readWaitingCount(db, 'facebook')).toBe(6);

    expect(await pruneOlderThan(db, 6, NOW)).toEqual({
      responses: 1,
      items: 4,
      people: 2,
      corrections: 1,
    });
    expect(await db.items.orderBy('key').primaryKeys()).toEqual([
      'fb:asa-new',
      'fb:at-cutoff',
      'fb:still-shown',
    ]);
    const people = await db.people.toArray();
    expect(Object.fromEntries(people.map((person) => [person.name, person.itemKeys]))).toEqual({
      'Åsa Öberg': ['fb:asa-new'],
      Cilla: ['fb:at-cutoff'],
      Eda: ['fb:still-shown'],
    });
    expect((await db.exemplars.toArray()).map((exemplar) => exemplar.text)).toEqual([
      'new correction',
    ]);
    // The waiting counts follow: the badge never counts a pruned item.
    expect(await readWaitingCount(db, 'facebook')).toBe(3);
    // Pruning again finds nothing more.
    expect(await pruneOlderThan(db, 6, NOW)).toEqual({
      responses: 0,
      items: 0,
      people: 0,
      corrections: 0,
    });
  });

  it('prunes with the retention from settings', async () => {
    await fillDatabase(db); // retention 6 months; items, people and log from November 2026
    expect(await pruneWithSettings(db, new Date('2027-05-21T08:00:00Z'))).toEqual({
      responses: 1,
      items: 3,
      people: 2,
      corrections: 0,
    });
    expect(await db.responses.count()).toBe(1);
    expect(await db.items.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    expect(await db.toneGuides.count()).toBe(2);
  });

  it('the daily prune records when it ran and what it deleted, for the data settings', async () => {
    await fillDatabase(db); // retention 6 months; items, people and log from November 2026
    expect(await readLastAutoPrune(db)).toBeNull();
    const at = new Date('2027-05-21T08:00:00Z');
    const pruned = await pruneAutomatically(db, at);
    expect(pruned).toEqual({ responses: 1, items: 3, people: 2, corrections: 0 });
    expect(await readLastAutoPrune(db)).toEqual({ ...pruned, prunedAt: at.toISOString() });
    // The next day the last log entry is old enough too: the record is replaced, not added to.
    await pruneAutomatically(db, new Date('2027-05-22T08:00:00Z'));
    expect(await readLastAutoPrune(db)).toEqual({
      responses: 1,
      items: 0,
      people: 0,
      corrections: 0,
      prunedAt: '2027-05-22T08:00:00.000Z',
    });
  });

  it('the daily prune records nothing while everything is kept, and a damaged record reads as none', async () => {
    await fillDatabase(db);
    await updateSettings(db, (settings) => ({ ...settings, retentionMonths: 0 }));
    await pruneAutomatically(db, new Date('2027-05-21T08:00:00Z'));
    expect(await readLastAutoPrune(db)).toBeNull();
    expect(await db.items.count()).toBe(3);
    await db.settings.put({
      key: LAST_AUTO_PRUNE_KEY,
      value: { prunedAt: 'yesterday', items: -1 },
    });
    expect(await readLastAutoPrune(db)).toBeNull();
  });
});
