import type { EntityTable } from 'dexie';
import { defaultToneGuide } from '../tone/default-guide';
import { parseToneGuide, type ToneGuide } from '../tone/schema';

/**
 * Every saved tone guide is kept as a revision, so an import never loses the previous guide and
 * any earlier one can be restored. The guide itself is stored as validated JSON.
 */
export interface ToneGuideRevision {
  revision?: number;
  savedAt: string;
  /** Where it came from: the default guide, an import, the form editor, a restore. */
  origin: 'default' | 'import' | 'editor' | 'restore';
  guide: unknown;
}

/** The part of the database this module uses (see SvaraDatabase for why not all of it). */
export interface ToneGuideTables {
  toneGuides: EntityTable<ToneGuideRevision, 'revision'>;
}

export async function saveToneGuide(
  db: ToneGuideTables,
  guide: unknown,
  origin: ToneGuideRevision['origin'],
  now = new Date(),
) {
  return db.toneGuides.add({ guide, origin, savedAt: now.toISOString() });
}

export async function listToneGuideRevisions(db: ToneGuideTables) {
  return db.toneGuides.orderBy('revision').reverse().toArray();
}

/**
 * The guide in force: the newest saved revision that still parses (revisions are validated on
 * save, so this only skips one damaged on disk), else the default guide shipped with Svara.
 * Reads newest first and stops at the first that parses, however many revisions are saved.
 */
export async function activeToneGuide(db: ToneGuideTables): Promise<ToneGuide> {
  let active: ToneGuide = defaultToneGuide;
  await db.toneGuides
    .orderBy('revision')
    .reverse()
    .filter((revision) => {
      const parsed = parseToneGuide(revision.guide);
      if (parsed.ok) active = parsed.guide;
      return parsed.ok;
    })
    .first();
  return active;
}

const activeByDatabase = new WeakMap<
  ToneGuideTables,
  { newestRevision: number | undefined; guide: ToneGuide }
>();

/**
 * `activeToneGuide` kept in memory for the background, which needs it on every scan. Any page may
 * save a guide, so each call reads the newest revision's key (an index read, no guide) and parses
 * again only when it differs: every save, import and restore adds a revision, erasing removes them.
 */
export async function cachedActiveToneGuide(db: ToneGuideTables): Promise<ToneGuide> {
  const newestRevision = (await db.toneGuides.orderBy('revision').lastKey()) as number | undefined;
  const cached = activeByDatabase.get(db);
  if (cached && cached.newestRevision === newestRevision) return cached.guide;
  const guide = await activeToneGuide(db);
  activeByDatabase.set(db, { newestRevision, guide });
  return guide;
}
