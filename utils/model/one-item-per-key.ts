import type { DetectedItem } from './detected-item';
import { isWaiting } from './waiting';

/**
 * Of two readings of when an item was posted, the later: each is the earliest the page allows
 * (a relative label's upper bound, utils/platforms/relative-time.ts) or the page's own date, so
 * the later one is nearer the truth and still never after it.
 */
export function latestPostedAt(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/**
 * One item per key, in the order each key first appears. A page can show the same comment
 * twice (the post open in a dialog over the feed, a conversation in the list and in the open
 * thread); counting both would drift the waiting counter and log one answer twice. Copies can
 * differ when one shows more of the thread: an answer seen in any copy answers the item, and a
 * detail one copy lacks (time, link) is taken from another.
 */
export function oneItemPerKey(items: readonly DetectedItem[]): DetectedItem[] {
  const byKey = new Map<string, DetectedItem>();
  for (const item of items) {
    const earlier = byKey.get(item.key);
    if (!earlier) {
      byKey.set(item.key, item);
      continue;
    }
    const merged: DetectedItem = {
      ...item,
      ...earlier,
      postedAt: latestPostedAt(earlier.postedAt, item.postedAt),
      permalink: earlier.permalink ?? item.permalink,
      answered: earlier.answered || item.answered,
    };
    byKey.set(item.key, { ...merged, waiting: isWaiting(merged) });
  }
  return [...byKey.values()];
}
