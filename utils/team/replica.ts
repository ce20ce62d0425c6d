import type { ToneGuide } from '../tone/schema';
import { errorStatus, type TeamDatabase } from './database';
import {
  GUIDE_PREFIX,
  ITEM_PREFIX,
  teamGuideDocSchema,
  teamItemDocSchema,
  teamItemId,
  teamResponseDocSchema,
  type SharedItem,
  type TeamGuideDoc,
  type TeamResponseDoc,
} from './documents';
import { teamGuideFromGuide } from './mapping';
import { canonicalJson, mergeAllSharedItems, mergeSharedItems } from './merge';

/**
 * Writes to a team database: the local replica (PouchDB on IndexedDB, or on the memory adapter in
 * tests) or the server itself (PouchDB's HTTP adapter). The database is passed in; nothing here
 * opens one.
 */
export type { TeamDatabase };

/** How often a write is retried after a 409 before giving up: each retry reads afresh. */
const MAX_ATTEMPTS = 20;

function isConflict(error: unknown) {
  return errorStatus(error) === 409;
}

function isMissing(error: unknown) {
  return errorStatus(error) === 404;
}

async function getOrUndefined(db: TeamDatabase, id: string) {
  try {
    return await db.get(id);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * Records what this browser knows about an item, merged into what the database holds. Writes
 * nothing when the merge changes nothing, so rescanning a page costs no revision and no traffic.
 */
export async function saveSharedItem(
  db: TeamDatabase,
  item: SharedItem,
): Promise<'written' | 'unchanged'> {
  const id = teamItemId(item.key);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const stored = await getOrUndefined(db, id);
    const known = stored && teamItemDocSchema.safeParse(stored);
    const current = known?.success ? known.data.item : undefined;
    const merged = current ? mergeSharedItems(current, item) : item;
    if (current && canonicalJson(merged) === canonicalJson(current)) return 'unchanged';
    try {
      await db.put({ _id: id, _rev: stored?._rev, type: 'item', item: merged });
      return 'written';
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
  throw new Error(`item ${item.key} kept changing under ${MAX_ATTEMPTS} attempts to save it`);
}

/** The item as the database holds it now, or undefined (absent or not a valid item document). */
export async function readSharedItem(
  db: TeamDatabase,
  itemKey: string,
): Promise<SharedItem | undefined> {
  const parsed = teamItemDocSchema.safeParse(await getOrUndefined(db, teamItemId(itemKey)));
  return parsed.success ? parsed.data.item : undefined;
}

/**
 * Replication keeps every replica's version of a document and picks the same winner everywhere;
 * this replaces that arbitrary winner with the merge of all versions and deletes the others.
 * Two replicas resolving the same conflict at once write the same merged item, so the conflict
 * their two resolutions make is settled by deletions alone. Returns whether there was a conflict.
 */
export async function resolveItemConflicts(db: TeamDatabase, id: string): Promise<boolean> {
  const winner = await db.get(id, { conflicts: true });
  const losingRevs = winner._conflicts ?? [];
  if (losingRevs.length === 0) return false;
  const losers = await Promise.all(losingRevs.map((rev) => db.get(id, { rev })));
  const versions = [winner, ...losers]
    .map((version) => teamItemDocSchema.safeParse(version))
    .filter((parsed) => parsed.success)
    .map((parsed) => parsed.data.item);
  const deletions = losers.map((loser) => ({ _id: id, _rev: loser._rev, _deleted: true }));
  const [first, ...rest] = versions;
  const winnerParsed = teamItemDocSchema.safeParse(winner);
  const merged = first && mergeAllSharedItems([first, ...rest]);
  const rewrite =
    merged &&
    (!winnerParsed.success || canonicalJson(merged) !== canonicalJson(winnerParsed.data.item));
  // A result of 409 means another write got there first; its change event brings us back here.
  await db.bulkDocs([
    ...(rewrite ? [{ _id: id, _rev: winner._rev, type: 'item', item: merged }] : []),
    ...deletions,
  ]);
  return true;
}

/** Resolves every conflicted item document; returns how many there were. */
export async function resolveAllItemConflicts(db: TeamDatabase): Promise<number> {
  const { rows } = await db.allDocs({
    startkey: ITEM_PREFIX,
    endkey: `${ITEM_PREFIX}\uffff`,
    conflicts: true,
    include_docs: true,
  });
  let resolved = 0;
  for (const row of rows) {
    if (!row.doc?._conflicts?.length) continue;
    if (await resolveItemConflicts(db, row.id)) resolved += 1;
  }
  return resolved;
}

/**
 * Writes one response document. Responses never change: a 409 is fine when the stored document
 * says the same (a retry after a lost reply) and an error when it differs.
 */
export async function putTeamResponse(
  db: TeamDatabase,
  doc: TeamResponseDoc,
): Promise<'written' | 'exists'> {
  try {
    await db.put(teamResponseDocSchema.parse(doc));
    return 'written';
  } catch (error) {
    if (!isConflict(error)) throw error;
    const stored = teamResponseDocSchema.parse(await db.get(doc._id));
    const same =
      canonicalJson({ ...stored, _rev: undefined }) === canonicalJson({ ...doc, _rev: undefined });
    if (same) return 'exists';
    throw new Error(`response ${doc._id} exists with other content`, { cause: error });
  }
}

/** The highest guide revision number the database holds, 0 for none. */
async function newestGuideRevision(db: TeamDatabase): Promise<number> {
  const { rows } = await db.allDocs({
    startkey: `${GUIDE_PREFIX}\uffff`,
    endkey: GUIDE_PREFIX,
    descending: true,
    limit: 1,
  });
  const newest = rows[0]?.id.slice(GUIDE_PREFIX.length);
  return newest ? Number(newest) : 0;
}

/**
 * Saves a guide as the next revision. Created by PUT without a _rev, so when a colleague saved
 * that number first the database answers 409 and this takes the next one: history stays linear.
 * Meant for the server itself (a local replica cannot see a colleague's unreplicated revision).
 */
export async function putToneGuideRevision(
  db: TeamDatabase,
  change: { guide: ToneGuide; origin: TeamGuideDoc['origin']; by: string; savedAt: string },
): Promise<TeamGuideDoc> {
  let revision = (await newestGuideRevision(db)) + 1;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1, revision += 1) {
    const doc = teamGuideFromGuide(
      change.guide,
      revision,
      change.origin,
      change.by,
      change.savedAt,
    );
    try {
      await db.put(doc);
      return doc;
    } catch (error) {
      // A colleague's revision of that number written a moment before: 409, or 403 from the
      // rule that revisions never change when the server validates before it checks the
      // revision. Either way the number is taken.
      const taken =
        isConflict(error) ||
        (errorStatus(error) === 403 && (await getOrUndefined(db, doc._id)) !== undefined);
      if (!taken) throw error;
    }
  }
  throw new Error(`no free guide revision after ${MAX_ATTEMPTS} attempts`);
}

/** Every valid guide revision, oldest first; a damaged one is left out. */
export async function listTeamGuideRevisions(db: TeamDatabase): Promise<TeamGuideDoc[]> {
  const { rows } = await db.allDocs({
    startkey: GUIDE_PREFIX,
    endkey: `${GUIDE_PREFIX}\uffff`,
    include_docs: true,
  });
  return rows.flatMap((row) => {
    const parsed = teamGuideDocSchema.safeParse(row.doc);
    return parsed.success ? [parsed.data] : [];
  });
}
