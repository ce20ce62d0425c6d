import type { SvaraDatabase } from '../db/database';
import { rekeyPeople, type Person } from '../db/people';
import { getSettings, saveSettings } from '../db/settings';
import type { ToneGuideRevision } from '../db/tone-guides';
import type { ResponseLogEntry } from '../model/response-log';
import type { Settings } from '../model/settings';
import { recountWaiting } from '../db/counters';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  parseBackup,
  type Backup,
  type BackupProblem,
} from './schema';

/** Everything Svara stores, as one plain object ready for JSON.stringify. */
export async function exportBackup(db: SvaraDatabase, now = new Date()): Promise<Backup> {
  return db.transaction(
    'r',
    [db.items, db.responses, db.people, db.toneGuides, db.settings],
    async () => ({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      items: await db.items.toArray(),
      responses: await db.responses.toArray(),
      people: await db.people.toArray(),
      toneGuides: await db.toneGuides.orderBy('revision').toArray(),
      settings: withoutDemo(await getSettings(db)),
    }),
  );
}

/**
 * Demo mode belongs to the demo build (`npm start`), not to the user's data: a backup never
 * carries it, so one made in the demo restores anywhere, and restore refuses a file that does.
 */
function withoutDemo(settings: Settings): Settings {
  const owners = settings.owners.filter((owner) => owner.source !== 'demo');
  return { ...settings, demo: false, owners };
}

export interface RestoreCounts {
  items: number;
  responses: number;
  /** New people plus people whose item list grew. */
  people: number;
  toneGuides: number;
  settings: boolean;
}

export type RestoreResult =
  { ok: true; counts: RestoreCounts } | { ok: false; problems: BackupProblem[] };

/** A log entry is the same entry when it answers the same item at the same moment the same way. */
export function responseNaturalKey(
  entry: Pick<ResponseLogEntry, 'itemKey' | 'respondedAt' | 'via'>,
) {
  return JSON.stringify([entry.itemKey, entry.respondedAt, entry.via]);
}

function toneGuideNaturalKey(revision: Pick<ToneGuideRevision, 'savedAt' | 'guide'>) {
  return JSON.stringify([revision.savedAt, revision.guide]);
}

/**
 * Restores a backup into an empty or existing database, all or nothing. The whole document is
 * validated first (unknown fields, dates, every guide revision, demo settings); when anything is
 * wrong, every problem is returned and nothing is written. Otherwise rows are merged in one
 * transaction over every table written, so a failing write leaves nothing behind. Merging adds
 * no duplicates: items by key (a stored item is newer than or as new as a backup of it, so it
 * stays), log entries by item, time and way, people by id (their item lists joined), tone guide
 * revisions by time and content. Stored settings win field by field, but identities and
 * colleagues from the backup are added.
 */
export async function restoreBackup(db: SvaraDatabase, json: unknown): Promise<RestoreResult> {
  const parsed = await parseBackup(json);
  if (!parsed.ok) return parsed;
  const { backup } = parsed;

  const counts = await db.transaction(
    'rw',
    [db.items, db.responses, db.people, db.toneGuides, db.settings, db.counters],
    async (): Promise<RestoreCounts> => {
      const counts = {
        items: await restoreItems(db, backup.items),
        responses: await restoreResponses(db, backup.responses),
        people: await restorePeople(db, backup.people),
        toneGuides: await restoreToneGuides(db, backup.toneGuides),
        settings: await restoreSettings(db, backup.settings),
      };
      await recountWaiting(db);
      return counts;
    },
  );
  return { ok: true, counts };
}

async function restoreItems(db: SvaraDatabase, items: Backup['items']) {
  const stored = await db.items.bulkGet(items.map((item) => item.key));
  const missing = items.filter((_, index) => !stored[index]);
  await db.items.bulkAdd(missing);
  return missing.length;
}

/**
 * Rows of an auto-numbered table keep their numbers when none is taken, so a restore into an
 * empty profile reproduces ids and order; otherwise they are numbered after the stored rows.
 */
async function withFreeKeys<Row>(
  table: { bulkGet(keys: number[]): Promise<(Row | undefined)[]> },
  rows: Row[],
  keyOf: (row: Row) => number | undefined,
  withoutKey: (row: Row) => Row,
): Promise<Row[]> {
  const keys = rows.map(keyOf).filter((key): key is number => key !== undefined);
  const taken = (await table.bulkGet(keys)).some(Boolean);
  const keysUnique = new Set(keys).size === keys.length;
  return taken || !keysUnique || keys.length < rows.length ? rows.map(withoutKey) : rows;
}

async function restoreResponses(db: SvaraDatabase, entries: Backup['responses']) {
  const itemKeys = [...new Set(entries.map((entry) => entry.itemKey))];
  const stored = await db.responses.where('itemKey').anyOf(itemKeys).toArray();
  const seen = new Set(stored.map(responseNaturalKey));
  const missing = entries.filter((entry) => {
    const key = responseNaturalKey(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rows = await withFreeKeys(
    db.responses,
    missing,
    (entry) => entry.id,
    ({ id: _id, ...entry }) => entry,
  );
  await db.responses.bulkAdd(rows);
  return rows.length;
}

/** A backup written before schema v6 keys people the old way: ids are recomputed on restore. */
async function restorePeople(db: SvaraDatabase, backupPeople: Backup['people']) {
  const people = rekeyPeople(backupPeople);
  const stored = await db.people.bulkGet(people.map((person) => person.id));
  const writes: Person[] = [];
  people.forEach((person, index) => {
    const existing = stored[index];
    if (!existing) return void writes.push(person);
    const itemKeys = [...new Set([...existing.itemKeys, ...person.itemKeys])];
    if (itemKeys.length === existing.itemKeys.length) return;
    const lastSeenAt =
      existing.lastSeenAt > person.lastSeenAt ? existing.lastSeenAt : person.lastSeenAt;
    writes.push({ ...existing, itemKeys, lastSeenAt });
  });
  await db.people.bulkPut(writes);
  return writes.length;
}

async function restoreToneGuides(db: SvaraDatabase, revisions: Backup['toneGuides']) {
  const seen = new Set((await db.toneGuides.toArray()).map(toneGuideNaturalKey));
  const missing = revisions.filter((revision) => {
    const key = toneGuideNaturalKey(revision);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rows = await withFreeKeys(
    db.toneGuides,
    missing,
    (revision) => revision.revision,
    ({ revision: _revision, ...revision }) => revision,
  );
  await db.toneGuides.bulkAdd(rows);
  return rows.length;
}

async function restoreSettings(db: SvaraDatabase, restored: Settings) {
  const hasStored = (await db.settings.get('settings')) !== undefined;
  if (!hasStored) {
    await saveSettings(db, restored);
    return true;
  }
  const current = await getSettings(db);
  const ownerKey = (owner: Settings['owners'][number]) =>
    JSON.stringify([owner.platform, owner.name, owner.url ?? '']);
  const knownOwners = new Set(current.owners.map(ownerKey));
  const owners = [
    ...current.owners,
    ...restored.owners.filter((o) => !knownOwners.has(ownerKey(o))),
  ];
  const colleagues = [...new Set([...current.colleagues, ...restored.colleagues])];
  if (owners.length === current.owners.length && colleagues.length === current.colleagues.length) {
    return false;
  }
  await saveSettings(db, { ...current, owners, colleagues });
  return true;
}
