import { recountWaiting } from './counters';
import type { SvaraDatabase } from './database';
import { getSettings } from './settings';

/** How many rows of each table one pruning deleted. */
export interface Pruned {
  responses: number;
  items: number;
  people: number;
  corrections: number;
}

const NOTHING_PRUNED: Pruned = { responses: 0, items: 0, people: 0, corrections: 0 };

/** The moment `months` calendar months before `now` (UTC); the 31st falls back to the month's end. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const daysInMonth = new Date(
    Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0),
  ).getUTCDate();
  cutoff.setUTCDate(Math.min(day, daysInMonth));
  return cutoff;
}

/**
 * Deletes everything older than `retentionMonths` months, in one transaction; 0 keeps everything.
 * Log entries count from when they were written, items from when a page last showed them
 * (whatever their status: the limit is how long a stranger's words are kept), corrections from
 * when they were made; a person goes with the last of their items.
 */
export async function pruneOlderThan(
  db: SvaraDatabase,
  retentionMonths: number,
  now: Date,
): Promise<Pruned> {
  if (retentionMonths <= 0) return NOTHING_PRUNED;
  const cutoff = retentionCutoff(now, retentionMonths).toISOString();
  const tables = [db.items, db.responses, db.people, db.counters, db.exemplars];
  return db.transaction('rw', tables, async () => {
    const responses = await db.responses.where('respondedAt').below(cutoff).delete();
    // An item is seen after it is first seen, so the index narrows the walk to candidates.
    const itemKeys = await db.items
      .where('firstSeenAt')
      .below(cutoff)
      .filter((item) => item.lastSeenAt < cutoff)
      .primaryKeys();
    await db.items.bulkDelete(itemKeys);
    const removedKeys = new Set(itemKeys);
    const goneIds: string[] = [];
    const shrunk = [];
    for (const person of await db.people.toArray()) {
      const kept = person.itemKeys.filter((key) => !removedKeys.has(key));
      if (kept.length === person.itemKeys.length) continue;
      if (kept.length === 0) goneIds.push(person.id);
      else shrunk.push({ ...person, itemKeys: kept });
    }
    await db.people.bulkDelete(goneIds);
    await db.people.bulkPut(shrunk);
    const corrections = await db.exemplars.where('savedAt').below(cutoff).delete();
    if (itemKeys.length > 0) await recountWaiting(db);
    return { responses, items: itemKeys.length, people: goneIds.length, corrections };
  });
}

/** The daily job, and what saving a new limit runs at once: prunes with the user's setting. */
export async function pruneWithSettings(db: SvaraDatabase, now: Date): Promise<Pruned> {
  const { retentionMonths } = await getSettings(db);
  return pruneOlderThan(db, retentionMonths, now);
}
