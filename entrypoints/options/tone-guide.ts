import { useLiveQuery } from 'dexie-react-hooks';
import { createElement, Fragment } from 'react';
import { SavedReplies } from '../../components/saved-replies/SavedReplies';
import { ToneGuideEditor, type ToneGuideRevisionSummary } from '../../components/ToneGuideEditor';
import { db } from '../../utils/db/database';
import { listToneGuideRevisions, saveToneGuide } from '../../utils/db/tone-guides';
import { defaultToneGuide } from '../../utils/tone/default-guide';
import { parseToneGuideWithSafePatterns } from '../../utils/tone/pattern-safety';
import { parseToneGuide, type ToneGuide } from '../../utils/tone/schema';

/**
 * Saved tone-guide versions, newest first, and the guide in force: the newest version that
 * parses (as `activeToneGuide` decides), else the shipped default.
 */
export function useToneGuides() {
  return useLiveQuery(async () => {
    const stored = await listToneGuideRevisions(db);
    let guide: ToneGuide = defaultToneGuide;
    let activeRevision: number | undefined;
    for (const revision of stored) {
      const parsed = parseToneGuide(revision.guide);
      if (parsed.ok) {
        guide = parsed.guide;
        activeRevision = revision.revision;
        break;
      }
    }
    const revisions: ToneGuideRevisionSummary[] = stored.map((revision) => ({
      revision: revision.revision!,
      savedAt: revision.savedAt,
      origin: revision.origin,
    }));
    return { guide, activeRevision, revisions };
  }, []);
}

/** Saves a guide as a new version, only when the whole guide is valid and its patterns safe. */
export async function saveValidToneGuide(guide: unknown, origin: 'editor' | 'import' | 'restore') {
  const parsed = await parseToneGuideWithSafePatterns(guide);
  if (!parsed.ok) {
    throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  }
  await saveToneGuide(db, parsed.guide, origin);
}

/** Saves an earlier version again as the newest, with origin 'restore'. */
export async function restoreToneGuide(revision: number) {
  const stored = await db.toneGuides.get(revision);
  if (!stored) throw new Error(`no saved tone guide version ${revision}`);
  await saveValidToneGuide(stored.guide, 'restore');
}

/**
 * The options page's tone-guide sections, connected to the database: the guide editor, remounted
 * by each new version, and the saved replies, which keep their search and open reply across saves.
 */
export function ToneGuideSection() {
  const state = useToneGuides();
  if (!state) return null;
  return createElement(
    Fragment,
    null,
    createElement(ToneGuideEditor, {
      // A new version in force resets the editor to it.
      key: state.activeRevision ?? 'default',
      guide: state.guide,
      revisions: state.revisions,
      activeRevision: state.activeRevision,
      onSave: (guide, origin) => saveValidToneGuide(guide, origin),
      onRestore: restoreToneGuide,
    }),
    createElement(SavedReplies, {
      guide: state.guide,
      activeRevision: state.activeRevision,
      onSave: (guide) => saveValidToneGuide(guide, 'editor'),
    }),
  );
}
