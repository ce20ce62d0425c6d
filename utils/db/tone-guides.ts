import { defaultToneGuide } from '../tone/default-guide';
import { parseToneGuide, type ToneGuide } from '../tone/schema';
import type { SvaraDatabase } from './database';

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

export async function latestToneGuide(db: SvaraDatabase) {
  return db.toneGuides.orderBy('revision').last();
}

export async function saveToneGuide(
  db: SvaraDatabase,
  guide: unknown,
  origin: ToneGuideRevision['origin'],
  now = new Date(),
) {
  return db.toneGuides.add({ guide, origin, savedAt: now.toISOString() });
}

export async function listToneGuideRevisions(db: SvaraDatabase) {
  return db.toneGuides.orderBy('revision').reverse().toArray();
}

/**
 * The guide in force: the newest saved revision that still parses (revisions are validated on
 * save, so this only skips one damaged on disk), else the default guide shipped with Svara.
 */
export async function activeToneGuide(db: SvaraDatabase): Promise<ToneGuide> {
  const revisions = await listToneGuideRevisions(db);
  for (const revision of revisions) {
    const parsed = parseToneGuide(revision.guide);
    if (parsed.ok) return parsed.guide;
  }
  return defaultToneGuide;
}
