import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SvaraDatabase } from '../../../utils/db/database';
import { isQuotaExceeded, requestPersistence, withQuotaHandling } from '../../../utils/db/quota';
import { fillDatabase, snapshot, storedItem } from './fixtures';

describe('withQuotaHandling', () => {
  let db: SvaraDatabase;
  beforeEach(() => {
    db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  it('turns a full disk into { ok: false, reason: quota } and keeps what was stored', async () => {
    await fillDatabase(db);
    const before = await snapshot(db);
    vi.spyOn(db.responses, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );

    const result = await withQuotaHandling(() =>
      db.transaction('rw', db.items, db.responses, async () => {
        await db.items.put(storedItem({ key: 'fb:new' }));
        await db.items.update('fb:2', { status: 'answered' });
        await db.responses.add({ ...before.responses[0]!, id: undefined });
      }),
    );

    expect(result).toEqual({ ok: false, reason: 'quota' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('recognises Dexie’s own error and a quota error inside an abort', () => {
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full'))).toBe(true);
    const abort = new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'));
    expect(isQuotaExceeded(abort)).toBe(true);
    expect(isQuotaExceeded(new Dexie.ConstraintError('key exists'))).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });

  it('passes results through and other errors on', async () => {
    expect(await withQuotaHandling(async () => 42)).toEqual({ ok: true, value: 42 });
    await expect(withQuotaHandling(() => Promise.reject(new TypeError('bug')))).rejects.toThrow(
      'bug',
    );
  });
});

describe('requestPersistence', () => {
  it('asks once, and not again when the storage is already persistent', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await requestPersistence(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);

    storage.persisted.mockResolvedValue(true);
    expect(await requestPersistence(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('reports false when the browser says no or has no storage manager', async () => {
    expect(
      await requestPersistence({ persisted: async () => false, persist: async () => false }),
    ).toBe(false);
    expect(await requestPersistence(undefined)).toBe(false);
  });
});
