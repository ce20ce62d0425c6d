import Dexie from 'dexie';
import { isQuotaExceeded } from './quota';

/**
 * Why a write failed, as the UI words it: the disk or the browser's room for the extension is
 * full; the database itself refused (closed, failed to open, a transaction aborted); or something
 * Svara does not recognise.
 */
export type StorageErrorKind = 'quota' | 'database' | 'unknown';

export interface StorageError {
  kind: StorageErrorKind;
  /** The error as the browser or Dexie wrote it, with what caused it: for a bug report, in English. */
  detail: string;
}

function causeOf(error: unknown): unknown {
  if (!error || typeof error !== 'object') return undefined;
  const { inner, cause } = error as { inner?: unknown; cause?: unknown };
  return inner ?? cause;
}

function describe(error: unknown): string {
  if (error instanceof Error || (error && typeof error === 'object' && 'name' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return message ? `${String(name)}: ${String(message)}` : String(name);
  }
  return String(error);
}

export function storageErrorOf(error: unknown): StorageError {
  const chain: string[] = [];
  let databaseError = false;
  for (let current = error, depth = 0; current !== undefined && depth < 5; depth += 1) {
    const line = describe(current);
    // Dexie repeats its inner error's text in its own message: each line says something new.
    if (!chain.some((previous) => previous.includes(line))) chain.push(line);
    if (current instanceof Dexie.DexieError) databaseError = true;
    current = causeOf(current);
  }
  const kind = isQuotaExceeded(error) ? 'quota' : databaseError ? 'database' : 'unknown';
  return { kind, detail: chain.join('\n') };
}
