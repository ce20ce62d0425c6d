import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { storageErrorOf } from '../../../utils/db/storage-error';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage errors as the UI words them', () => {
  it('reads a full disk from the browser, or inside an aborted Dexie transaction', () => {
    expect(storageErrorOf(quota())).toEqual({
      kind: 'quota',
      detail: 'QuotaExceededError: The quota has been exceeded.',
    });
    const aborted = new Dexie.AbortError('Transaction aborted', quota());
    const read = storageErrorOf(aborted);
    expect(read.kind).toBe('quota');
    // Dexie's own words and the browser's, once each, outermost first.
    expect(read.detail.split('\n')[0]).toMatch(/^AbortError: Transaction aborted/);
    expect(read.detail).toContain('QuotaExceededError');
  });

  it('tells a database that refused from one that is full', () => {
    const closed = storageErrorOf(new Dexie.DatabaseClosedError('Database has been closed'));
    expect(closed.kind).toBe('database');
    expect(closed.detail).toContain('DatabaseClosedError: Database has been closed');
    const open = storageErrorOf(
      new Dexie.OpenFailedError(new DOMException('Version change blocked', 'UnknownError')),
    );
    expect(open.kind).toBe('database');
    expect(open.detail).toContain('UnknownError');
  });

  it('keeps anything else as unknown, with its own text', () => {
    expect(storageErrorOf(new Error('disk full'))).toEqual({
      kind: 'unknown',
      detail: 'Error: disk full',
    });
    expect(storageErrorOf('nope')).toEqual({ kind: 'unknown', detail: 'nope' });
    const wrapped = new Error('write failed', { cause: new TypeError('x is undefined') });
    expect(storageErrorOf(wrapped).detail).toBe('Error: write failed\nTypeError: x is undefined');
  });
});
