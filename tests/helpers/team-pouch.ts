import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

/** PouchDB as the extension builds it, on the memory adapter instead of IndexedDB. */
export const MemoryPouchDB = PouchDB.plugin(memoryAdapter)
  .plugin(httpAdapter)
  .plugin(replication)
  .defaults({ adapter: 'memory' });

let count = 0;

/** A fresh, empty in-memory database; each call gets its own name. */
export function memoryDatabase(label = 'replica') {
  count += 1;
  return new MemoryPouchDB(`${label}-${process.pid}-${count}-${Date.now()}`);
}

/** One-shot replication both ways, as a live sync does once it is idle. */
export async function syncOnce(
  a: ReturnType<typeof memoryDatabase>,
  b: ReturnType<typeof memoryDatabase>,
) {
  await a.replicate.to(b);
  await b.replicate.to(a);
}
