import { useLiveQuery } from 'dexie-react-hooks';
import { readWaitingCounts } from '../db/counters';
import { db } from '../db/database';
import { sumOverPlatforms } from '../platforms/platforms';

/**
 * Waiting counts from the counters alone: what the popup shows first with any number stored.
 * Kept apart from hooks.ts, whose record schemas (Zod) the popup loads only after the count.
 */
export function useWaitingCounts() {
  return useLiveQuery(async () => {
    const byPlatform = await readWaitingCounts(db);
    return { total: sumOverPlatforms(byPlatform), byPlatform };
  }, []);
}
