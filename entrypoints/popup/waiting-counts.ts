import { useLiveQuery } from 'dexie-react-hooks';
import { readWaitingCounts } from '../../utils/db/counters';
import { db } from '../../utils/db/database';
import { sumOverPlatforms } from '../../utils/platforms/platforms';

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
