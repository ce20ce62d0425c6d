import type { EntityTable, Table } from 'dexie';
import type { Platform } from '../model/detected-item';
import type { Item } from '../model/item';
import { PLATFORM_IDS, perPlatform, sumOverPlatforms } from '../platforms/platforms';

/**
 * How many items wait, per platform, kept in the same transactions that change an item's status.
 * Counting an index of 100,000 items takes hundreds of milliseconds in Chromium's IndexedDB; the
 * popup must show its number at once.
 */

export interface CounterRow {
  key: string;
  value: number;
}

/** The part of the database this module uses (see SvaraDatabase for why not all of it). */
export interface CounterTables {
  counters: EntityTable<CounterRow, 'key'>;
}

const waitingKey = (platform: Platform) => `waiting:${platform}`;

export async function readWaitingCount(db: CounterTables, platform?: Platform): Promise<number> {
  const counts = await readWaitingCounts(db);
  return platform ? counts[platform] : sumOverPlatforms(counts);
}

/** Every platform's waiting count in one read. */
export async function readWaitingCounts(db: CounterTables): Promise<Record<Platform, number>> {
  const rows = await db.counters.bulkGet(PLATFORM_IDS.map(waitingKey));
  const counts = perPlatform(() => 0);
  for (const [i, platform] of PLATFORM_IDS.entries()) counts[platform] = rows[i]?.value ?? 0;
  return counts;
}

/**
 * The waiting counts read straight from IndexedDB, without Dexie: the popup's first paint, before
 * the rest of its code has loaded (the live query that follows keeps them current). Undefined when
 * the database does not exist yet (this creates none), has no counters yet, or cannot be read.
 */
export function readStoredWaitingCounts(
  name: string,
  factory: IDBFactory = indexedDB,
): Promise<Record<Platform, number> | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve(undefined);
      return;
    }
    // An upgrade here means there was no database: abort, so none is created.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onsuccess = () => {
      const database = request.result;
      const finish = (counts: Record<Platform, number> | undefined) => {
        database.close();
        resolve(counts);
      };
      if (!database.objectStoreNames.contains('counters')) return finish(undefined);
      const rows = database.transaction('counters', 'readonly').objectStore('counters');
      const counts = perPlatform(() => 0);
      let pending = PLATFORM_IDS.length;
      for (const platform of PLATFORM_IDS) {
        const get = rows.get(waitingKey(platform));
        get.onerror = () => finish(undefined);
        get.onsuccess = () => {
          const value: unknown = (get.result as { value?: unknown } | undefined)?.value;
          if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
            counts[platform] = value;
          }
          pending -= 1;
          if (pending === 0) finish(counts);
        };
      }
    };
  });
}

/** Applies status changes' effect on the counts; call inside the transaction that made them. */
export async function adjustWaitingCounts(db: CounterTables, deltas: Map<Platform, number>) {
  for (const [platform, delta] of deltas) {
    if (delta === 0) continue;
    const key = waitingKey(platform);
    const current = (await db.counters.get(key))?.value ?? 0;
    await db.counters.put({ key, value: Math.max(0, current + delta) });
  }
}

/** Counts from the index itself, for bulk changes (restore, erase) and schema upgrades. */
export async function recountWaitingIn(items: Table, counters: Table) {
  for (const platform of PLATFORM_IDS) {
    const value = await items.where('[status+platform]').equals(['waiting', platform]).count();
    await counters.put({ key: waitingKey(platform), value });
  }
}

export function recountWaiting(db: CounterTables & { items: EntityTable<Item, 'key'> }) {
  return recountWaitingIn(db.items, db.counters);
}

/** Tallies +1/-1 per platform as items enter or leave the waiting status. */
export class WaitingDeltas extends Map<Platform, number> {
  entered(platform: Platform) {
    this.set(platform, (this.get(platform) ?? 0) + 1);
  }
  left(platform: Platform) {
    this.set(platform, (this.get(platform) ?? 0) - 1);
  }
}
