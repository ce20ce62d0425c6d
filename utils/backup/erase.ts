import type { SvaraDatabase } from '../db/database';
import { personIdOf } from '../db/people';
import { recountWaiting } from '../db/counters';

export interface ErasedPerson {
  items: number;
  responses: number;
}

/**
 * Erases one person everywhere: the items they wrote (by the people row and by author, so items
 * stored before the row existed go too), the log entries about those items, and the row itself.
 */
export async function erasePerson(db: SvaraDatabase, personId: string): Promise<ErasedPerson> {
  const tables = [db.items, db.responses, db.people, db.counters, db.exemplars];
  return db.transaction('rw', tables, async () => {
    const person = await db.people.get(personId);
    const byAuthor = await db.items.filter((item) => personIdOf(item) === personId).primaryKeys();
    const itemKeys = [...new Set([...(person?.itemKeys ?? []), ...byAuthor])];
    const responses = await db.responses.where('itemKey').anyOf(itemKeys).primaryKeys();
    const items = (await db.items.bulkGet(itemKeys)).filter(Boolean).length;
    await db.items.bulkDelete(itemKeys);
    await db.responses.bulkDelete(responses);
    await db.people.delete(personId);
    await db.exemplars.where('itemKey').anyOf(itemKeys).delete();
    await recountWaiting(db);
    return { items, responses: responses.length };
  });
}

/** Everything Svara stores, settings included, in one transaction. */
export async function eraseAll(db: SvaraDatabase) {
  await db.transaction(
    'rw',
    [db.items, db.responses, db.people, db.toneGuides, db.settings, db.counters, db.exemplars],
    async () => {
      await Promise.all([
        db.exemplars.clear(),
        db.counters.clear(),
        db.items.clear(),
        db.responses.clear(),
        db.people.clear(),
        db.toneGuides.clear(),
        db.settings.clear(),
      ]);
    },
  );
}
