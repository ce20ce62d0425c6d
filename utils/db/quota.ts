export type QuotaResult<T> = { ok: true; value: T } | { ok: false; reason: 'quota' };

/**
 * Dexie reports a full disk as its QuotaExceededError, or as an AbortError of the transaction
 * whose `inner` is the browser's DOMException; both are looked for along `inner` and `cause`.
 */
export function isQuotaExceeded(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if ((current as { name?: unknown }).name === 'QuotaExceededError') return true;
    const { inner, cause } = current as { inner?: unknown; cause?: unknown };
    current = inner ?? cause;
  }
  return false;
}

/**
 * Runs a write and turns "storage full" into a result the UI can show. The write should be one
 * Dexie transaction: IndexedDB then rolls it back whole, so what was stored stays intact.
 * Any other error is not ours to hide and is thrown again.
 */
export async function withQuotaHandling<T>(write: () => Promise<T>): Promise<QuotaResult<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    if (isQuotaExceeded(error)) return { ok: false, reason: 'quota' };
    throw error;
  }
}

type PersistentStorage = Pick<StorageManager, 'persist' | 'persisted'>;

/**
 * Asks the browser not to evict the database under storage pressure. Must run in an extension
 * page (options), not the service worker. Asks once: when already persisted, says so.
 */
export async function requestPersistence(storage: PersistentStorage | undefined): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
