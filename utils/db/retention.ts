import { z } from 'zod';
import { recountWaiting } from './counters';
import type { SvaraDatabase } from './database';
import { getSettings } from './settings';

const count = z.number().int().min(0);

/** How many rows of each table one pruning deleted. */
export const prunedSchema = z.object({
  responses: count,
  items: count,
  people: count,
  corrections: count,
});
export type Pruned = z.infer<typeof prunedSchema>;

/** What the last daily prune deleted, and when: the data settings show it. */
export const lastAutoPruneSchema = prunedSchema.extend({ prunedAt: z.iso.datetime() });
export type LastAutoPrune = z.infer<typeof lastAutoPruneSchema>;

export const LAST_AUTO_PRUNE_KEY = 'lastAutoPrune';

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

/** What saving a new limit runs at once: prunes with the user's setting. */
export async function pruneWithSettings(db: SvaraDatabase, now: Date): Promise<Pruned> {
  const { retentionMonths } = await getSettings(db);
  return pruneOlderThan(db, retentionMonths, now);
}

/** The daily job: prunes with the user's setting and records what it deleted; 0 records nothing. */
export async function pruneAutomatically(db: SvaraDatabase, now: Date): Promise<Pruned> {
  const { retentionMonths } = await getSettings(db);
  if (retentionMonths <= 0) return NOTHING_PRUNED;
  const pruned = await pruneOlderThan(db, retentionMonths, now);
  const record: LastAutoPrune = { ...pruned, prunedAt: now.toISOString() };
  await db.settings.put({ key: LAST_AUTO_PRUNE_KEY, value: lastAutoPruneSchema.parse(record) });
  return pruned;
}

/** The last daily prune's record; null before the first one or when the row is damaged. */
export async function readLastAutoPrune(db: SvaraDatabase): Promise<LastAutoPrune | null> {
  const parsed = lastAutoPruneSchema.safeParse((await db.settings.get(LAST_AUTO_PRUNE_KEY))?.value);
  return parsed.success ? parsed.data : null;
}
