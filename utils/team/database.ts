/**
 * The part of PouchDB's database API team mode uses, written out here because PouchDB 9 ships no
 * types (DefinitelyTyped's are for PouchDB 7 and pull DOM and Node types into every script).
 * A PouchDB database on any adapter, local or HTTP, is one.
 */
export interface StoredDoc {
  _id: string;
  _rev: string;
  _conflicts?: string[];
  _deleted?: boolean;
  [field: string]: unknown;
}

export interface PutResult {
  ok: true;
  id: string;
  rev: string;
}

export interface BulkResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string;
  status?: number;
}

export interface AllDocsOptions {
  startkey?: string;
  endkey?: string;
  descending?: boolean;
  limit?: number;
  include_docs?: boolean;
  conflicts?: boolean;
}

export interface AllDocsResult {
  total_rows: number;
  rows: { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: StoredDoc }[];
}

export interface ReplicationResult {
  ok: boolean;
  docs_written: number;
  doc_write_failures: number;
}

export interface TeamDatabase {
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<StoredDoc>;
  put(doc: { _id: string; _rev?: string; [field: string]: unknown }): Promise<PutResult>;
  bulkDocs(docs: { _id: string; _rev?: string; [field: string]: unknown }[]): Promise<BulkResult[]>;
  allDocs(options?: AllDocsOptions): Promise<AllDocsResult>;
  info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

/** A PouchDB error as it is thrown: the HTTP status tells conflicts and refusals apart. */
export interface DatabaseError {
  status?: number;
  name?: string;
  message?: string;
}

export function errorStatus(error: unknown): number | undefined {
  const status = (error as DatabaseError | null | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}
