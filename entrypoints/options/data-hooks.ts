import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { DataSettingsProps, RestoreOutcome } from '../../components/DataSettings';
import { exportBackup, restoreBackup } from '../../utils/backup/backup';
import { eraseAll, erasePerson } from '../../utils/backup/erase';
import { db } from '../../utils/db/database';
import { requestPersistence, withQuotaHandling } from '../../utils/db/quota';
import { pruneWithSettings, readLastAutoPrune } from '../../utils/db/retention';
import { updateSettings } from '../../utils/db/settings';
import { DAY_MS } from '../../utils/stats/inputs';

/**
 * How far back the stats view reads: its longest period (90 days) plus the four weeks the
 * complaint baseline compares with; engagement from before then weighs less than 1/8.
 */
const STATS_HISTORY_DAYS = 90 + 28 + 1;

export function usePeople() {
  return useLiveQuery(() => db.people.toArray(), []);
}

/**
 * Items and log entries for the stats view. The bound moves by whole days, so the queries are
 * not rerun on every tick of the clock. An item is first seen after it was written, so every
 * wait that starts after the bound is included.
 */
export function useStatsInputs(now: Date) {
  const since = new Date(now.getTime() - STATS_HISTORY_DAYS * DAY_MS).toISOString().slice(0, 10);
  const items = useLiveQuery(
    () => db.items.where('firstSeenAt').aboveOrEqual(since).toArray(),
    [since],
  );
  const responses = useLiveQuery(
    () => db.responses.where('respondedAt').aboveOrEqual(since).toArray(),
    [since],
  );
  return items && responses ? { items, responses } : null;
}

/** What the daily prune last deleted, for the data settings; null before it first ran. */
export function useLastAutoPrune() {
  return useLiveQuery(() => readLastAutoPrune(db), []);
}

type DataActions = Omit<
  DataSettingsProps,
  'people' | 'retentionMonths' | 'lastAutoPrune' | 'today'
>;

/** The database side of the data settings: what DataSettings calls back. */
export function useDataActions(): DataActions {
  return useMemo(
    () => ({
      loadResponseLog: () => db.responses.orderBy('id').toArray(),
      exportBackup: () => exportBackup(db),
      restoreBackup: async (json: unknown): Promise<RestoreOutcome> => {
        const written = await withQuotaHandling(() => restoreBackup(db, json));
        return written.ok ? written.value : written;
      },
      erasePerson: (personId: string) => erasePerson(db, personId),
      eraseAll: () => eraseAll(db),
      saveRetention: async (months: number) => {
        await updateSettings(db, (settings) => ({ ...settings, retentionMonths: months }));
        return pruneWithSettings(db, new Date());
      },
    }),
    [],
  );
}

/** Asks once per page load for storage the browser will not evict (DESIGN §4). */
export function usePersistentStorage() {
  useEffect(() => {
    void requestPersistence(navigator.storage);
  }, []);
}
