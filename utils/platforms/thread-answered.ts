/**
 * When a comment counts as answered, on every platform. A thread is a top-level comment and all
 * replies under it, at any depth. A comment is answered when an owner wrote something later in
 * its thread; comments after the last owner reply wait again.
 */

/** One comment of a page, in page order: its key, the key of the comment it replies to, and
 * whether an owner wrote it. */
export interface ThreadEntry {
  key: string;
  parentKey?: string;
  byOwner: boolean;
}

/**
 * Whether each entry (in page order) is answered. A reply's thread is its parent's; a parent key
 * not seen before stands for a thread of its own.
 */
export function answeredUpToLastOwnerReply(entries: readonly ThreadEntry[]): boolean[] {
  const threadOf = new Map<string, string>();
  const threads = entries.map((entry) => {
    const thread = entry.parentKey ? (threadOf.get(entry.parentKey) ?? entry.parentKey) : entry.key;
    threadOf.set(entry.key, thread);
    return thread;
  });
  const lastOwnerIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (entry.byOwner) lastOwnerIndex.set(threads[index], index);
  });
  return threads.map((thread, index) => index < (lastOwnerIndex.get(thread) ?? -1));
}
