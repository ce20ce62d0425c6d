import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  eraseAll,
  erasePerson,
  pruneResponses,
  pruneWithSettings,
  retentionCutoff,
} from '../../../utils/backup/erase';
import { SvaraDatabase } from '../../../utils/db/database';
import { personIdOf } from '../../../utils/db/people';
import { fillDatabase, logEntry, snapshot, storedItem } from './fixtures';

describe('erasing and pruning', () => {
  let db: SvaraDatabase;
  beforeEach(() => {
    db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  it('erases one person: their items, the log about them and their row, nobody else', async () => {
    await fillDatabase(db);
    // Stored before the people table existed: found by author all the same.
    await db.items.add(storedItem({ key: 'fb:old', status: 'dismissed', waiting: false }));
    await db.responses.add(logEntry({ itemKey: 'fb:old', via: 'dismissed' }));
    const asa = personIdOf(storedItem({ key: 'x' }));

    expect(await erasePerson(db, asa)).toEqual({ items: 3, responses: 2 });
    const after = await snapshot(db);
    expect(after.items.map((item) => item.key)).toEqual(['li:1']);
    expect(after.responses.map((entry) => entry.itemKey)).toEqual(['li:1']);
    expect(after.people.map((person) => person.name)).toEqual(['Bo Ek']);
    expect(after.toneGuides).toHaveLength(2);
    expect(after.settings).toHaveLength(1);
  });

  it('erasing an unknown person changes nothing', async () => {
    await fillDatabase(db);
    const before = await snapshot(db);
    expect(await erasePerson(db, 'facebook:nobody')).toEqual({ items: 0, responses: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('erases everything', async () => {
    await fillDatabase(db);
    await eraseAll(db);
    expect(await snapshot(db)).toEqual({
      items: [],
      responses: [],
      people: [],
      toneGuides: [],
      settings: [],
    });
  });

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
      logEntry({ itemKey: 'a', respondedAt: '2026-05-19T23:59:59.999Z' }),
      logEntry({ itemKey: 'b', respondedAt: '2026-05-20T10:00:00.000Z' }),
      logEntry({ itemKey: 'c', respondedAt: '2026-11-01T10:00:00.000Z' }),
    ]);
    const now = new Date('2026-11-20T10:00:00Z');
    expect(await pruneResponses(db, 0, now)).toBe(0);
    expect(await db.responses.count()).toBe(3);
    expect(await pruneResponses(db, 6, now)).toBe(1);
    expect((await db.responses.toArray()).map((entry) => entry.itemKey)).toEqual(['b', 'c']);
  });

  it('prunes with the retention from settings', async () => {
    await fillDatabase(db); // retention 6 months, log from November 2026
    expect(await pruneWithSettings(db, new Date('2027-05-21T08:00:00Z'))).toBe(1);
    expect(await db.responses.count()).toBe(1);
  });
});
