import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseAll, erasePerson } from '../../../utils/backup/erase';
import { SvaraDatabase } from '../../../utils/db/database';
import { listExemplars, MAX_EXEMPLARS, saveExemplar } from '../../../utils/db/exemplars';
import { personIdOf } from '../../../utils/db/people';
import { fillDatabase, storedItem } from '../backup/fixtures';

describe('a person\u2019s corrections (exemplars)', () => {
  let db: SvaraDatabase;
  beforeEach(() => {
    db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  it('keeps one correction per message, the latest, with its date', async () => {
    await saveExemplar(
      db,
      { itemKey: 'fb:1', text: 'Kan ni leverera 40 tårtor?', intent: 'question', escalate: false },
      new Date('2026-11-02T10:00:00Z'),
    );
    await saveExemplar(
      db,
      { itemKey: 'fb:1', text: 'Kan ni leverera 40 tårtor?', intent: 'lead', escalate: false },
      new Date('2026-11-03T10:00:00Z'),
    );
    const exemplars = await listExemplars(db);
    expect(exemplars).toHaveLength(1);
    expect(exemplars[0]).toMatchObject({
      intent: 'lead',
      escalate: false,
      at: '2026-11-03T10:00:00.000Z',
    });
    expect(exemplars[0]!.features.indexes.length).toBeGreaterThan(0);
  });

  it('refuses a record that is not one, and keeps no more than the cap, dropping the oldest', async () => {
    await expect(
      saveExemplar(db, { itemKey: '', text: 'x', intent: 'lead', escalate: false }),
    ).rejects.toThrow();
    const start = Date.UTC(2026, 0, 1);
    for (let index = 0; index < MAX_EXEMPLARS + 3; index += 1) {
      await saveExemplar(
        db,
        { itemKey: `fb:${index}`, text: `meddelande ${index}`, intent: 'other', escalate: false },
        new Date(start + index * 60_000),
      );
    }
    expect(await db.exemplars.count()).toBe(MAX_EXEMPLARS);
    expect(await db.exemplars.where('itemKey').equals('fb:0').count()).toBe(0);
    expect(
      await db.exemplars
        .where('itemKey')
        .equals(`fb:${MAX_EXEMPLARS + 2}`)
        .count(),
    ).toBe(1);
  });

  it('are erased with the person who wrote the message, and with everything', async () => {
    await fillDatabase(db);
    const asa = storedItem({ key: 'x' });
    const [own] = await db.items.filter((item) => personIdOf(item) === personIdOf(asa)).toArray();
    await saveExemplar(db, {
      itemKey: own!.key,
      text: own!.text,
      intent: 'complaint',
      escalate: false,
    });
    await saveExemplar(db, {
      itemKey: 'li:1',
      text: 'Något annat',
      intent: 'lead',
      escalate: false,
    });
    await erasePerson(db, personIdOf(asa));
    expect((await db.exemplars.toArray()).map((row) => row.itemKey)).toEqual(['li:1']);
    await eraseAll(db);
    expect(await db.exemplars.count()).toBe(0);
  });
});
