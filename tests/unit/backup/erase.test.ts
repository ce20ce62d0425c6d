import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseAll, erasePerson } from '../../../utils/backup/erase';
import { SvaraDatabase } from '../../../utils/db/database';
import { notePerson, personIdOf } from '../../../utils/db/people';
import { fillDatabase, logEntry, snapshot, storedItem } from './fixtures';

describe('erasing', () => {
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

  it('erases every item of a person whatever link variant or spacing the page wrote', async () => {
    await fillDatabase(db);
    const variants = [
      { name: 'Åsa Öberg', profileUrl: 'https://m.facebook.com/Asa/?ref=comment' },
      { name: 'Åsa Öberg', profileUrl: 'https://www.facebook.com/asa#c2' },
    ];
    const noted = storedItem({ key: 'fb:mobile', author: variants[0] });
    await db.items.add(noted);
    await notePerson(db, noted);
    // Stored without a people row (before v2): found by author.
    await db.items.add(storedItem({ key: 'fb:hash', author: variants[1] }));
    // Someone else who shares her name but not her link stays.
    await db.items.add(storedItem({ key: 'fb:other', author: { name: 'Åsa  Öberg' } }));

    expect(await erasePerson(db, personIdOf(noted))).toMatchObject({ items: 4 });
    expect(await db.items.orderBy('key').primaryKeys()).toEqual(['fb:other', 'li:1']);
    expect(
      await erasePerson(db, personIdOf(storedItem({ key: 'x', author: { name: 'åsa öberg' } }))),
    ).toMatchObject({ items: 1 });
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
});
