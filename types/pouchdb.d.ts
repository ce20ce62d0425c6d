// PouchDB 9 ships no types; these cover what Svara calls (utils/team/database.ts has the rest).
declare module 'pouchdb-core' {
  type TeamDatabase = import('../utils/team/database').TeamDatabase;
  type ReplicationResult = import('../utils/team/database').ReplicationResult;
  interface Replication extends PromiseLike<ReplicationResult> {
    cancel(): void;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  interface ReplicationOptions {
    live?: boolean;
    retry?: boolean;
    filter?: (doc: { _id: string }) => boolean;
    heartbeat?: number;
    batch_size?: number;
  }
  interface PouchDBDatabase extends TeamDatabase {
    replicate: {
      to(target: PouchDBDatabase | string, options?: ReplicationOptions): Replication;
      from(source: PouchDBDatabase | string, options?: ReplicationOptions): Replication;
    };
    sync(other: PouchDBDatabase | string, options?: ReplicationOptions): Replication;
  }
  interface PouchDBStatic {
    new (name: string, options?: Record<string, unknown>): PouchDBDatabase;
    plugin(plugin: unknown): PouchDBStatic;
    defaults(options: Record<string, unknown>): PouchDBStatic;
  }
  const PouchDB: PouchDBStatic;
  export type { PouchDBDatabase, PouchDBStatic, Replication, ReplicationOptions };
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  /** An Express app: a request handler for node:http. */
  type App = ((
    request: import('node:http').IncomingMessage,
    response: import('node:http').ServerResponse,
  ) => void) & {
    /** Runs for every database the server opens, in the order registered, after its own. */
    dbWrapper: {
      registerWrapper(
        wrapper: (name: string, db: Record<string, unknown>, next: () => unknown) => unknown,
      ): void;
    };
  };
  const expressPouchDB: (
    PouchDB: import('pouchdb-core').PouchDBStatic,
    options?: Record<string, unknown>,
  ) => App;
  export default expressPouchDB;
}
