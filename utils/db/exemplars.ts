import type { Dexie, EntityTable } from 'dexie';
import { z } from 'zod';
import { intentSchema } from '../tone/schema';
import { intentFeatures } from '../understand/features';
import type { Exemplar } from '../understand/understand';

/**
 * A message a person filed differently from Svara (another intent, or escalated by hand). Kept
 * in this browser only, never exported or synced, erased with the person who wrote it; similar
 * messages later are re-ranked by it (utils/understand).
 */
export const exemplarRecordSchema = z.object({
  id: z.number().int().positive().optional(),
  itemKey: z.string().min(1),
  text: z.string().max(2_000),
  intent: intentSchema,
  escalate: z.boolean(),
  savedAt: z.iso.datetime(),
});
export type ExemplarRecord = z.infer<typeof exemplarRecordSchema>;

/** The part of the database this module uses (see SvaraDatabase for why not all of it). */
export type ExemplarTables = Dexie & { exemplars: EntityTable<ExemplarRecord, 'id'> };

/** The most recent corrections win; older ones are dropped beyond this many. */
export const MAX_EXEMPLARS = 500;

export async function saveExemplar(
  db: ExemplarTables,
  record: Omit<ExemplarRecord, 'id' | 'savedAt'>,
  now = new Date(),
) {
  const parsed = exemplarRecordSchema.parse({
    ...record,
    text: record.text.slice(0, 2_000),
    savedAt: now.toISOString(),
  });
  await db.transaction('rw', db.exemplars, async () => {
    // One correction per message: the latest choice stands.
    await db.exemplars.where('itemKey').equals(parsed.itemKey).delete();
    await db.exemplars.add(parsed);
    const count = await db.exemplars.count();
    if (count > MAX_EXEMPLARS) {
      const oldest = await db.exemplars
        .orderBy('savedAt')
        .limit(count - MAX_EXEMPLARS)
        .primaryKeys();
      await db.exemplars.bulkDelete(oldest);
    }
  });
}

// Features are computed once per stored row, not at every scan.
const featureCache = new Map<string, Exemplar['features']>();

export function exemplarsOf(records: readonly ExemplarRecord[]): Exemplar[] {
  return records.flatMap((row) => {
    const parsed = exemplarRecordSchema.safeParse(row);
    if (!parsed.success) return [];
    let features = featureCache.get(parsed.data.text);
    if (!features) {
      features = intentFeatures(parsed.data.text);
      if (featureCache.size > MAX_EXEMPLARS * 2) featureCache.clear();
      featureCache.set(parsed.data.text, features);
    }
    return [
      {
        features,
        intent: parsed.data.intent,
        escalate: parsed.data.escalate,
        at: parsed.data.savedAt,
      },
    ];
  });
}

export async function listExemplars(db: ExemplarTables): Promise<Exemplar[]> {
  return exemplarsOf(await db.exemplars.toArray());
}
