import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import expressPouchDB from 'express-pouchdb';
import { basicAuth, setUpTeamDatabase } from '../../scripts/team/setup';
import { MemoryPouchDB } from './team-pouch';

/**
 * The stand-in CouchDB for tests: express-pouchdb (pouchdb-server's HTTP layer: CouchDB's REST
 * API, _session, _users, _security, validate_doc_update) on PouchDB's memory adapter, listening
 * on 127.0.0.1 at a port the system picks. Each server has its own databases and config, and
 * leaves no file behind.
 */
export interface TeamServer {
  url: string;
  admin: { name: string; password: string };
  /** Adds a CouchDB user with these roles (the server's _users database). */
  addUser(name: string, password: string, roles: string[]): Promise<void>;
  stop(): Promise<void>;
}

let servers = 0;

/**
 * pouchdb-validation (express-pouchdb's validate_doc_update) sets every incoming document's
 * `_revisions` to the stored winner's before writing it. For a replicated write
 * (`new_edits: false`) that replaces the revision being replicated with one the server already
 * has, so a conflicting revision from another replica is silently dropped and replicas never
 * see each other's conflicts. CouchDB keeps the replicated revision; so does this stand-in once
 * each replicated document's ancestry ignores that assignment. Interactive writes are untouched.
 */
function keepReplicatedAncestry(db: Record<string, unknown>) {
  const bulkDocs = db.bulkDocs as (...args: unknown[]) => unknown;
  db.bulkDocs = function (this: unknown, request: unknown, ...rest: unknown[]) {
    const options =
      rest[0] && typeof rest[0] === 'object' ? (rest[0] as Record<string, unknown>) : {};
    const body = request as { docs?: Record<string, unknown>[]; new_edits?: boolean };
    const docs = Array.isArray(request)
      ? (request as Record<string, unknown>[])
      : (body.docs ?? []);
    if (options.new_edits === false || body.new_edits === false) {
      for (const doc of docs) {
        const ancestry = doc._revisions;
        Object.defineProperty(doc, '_revisions', {
          get: () => ancestry,
          set: () => {},
          enumerable: true,
          configurable: true,
        });
      }
    }
    return bulkDocs.call(this, request, ...rest);
  };
}

export async function startTeamServer(
  admin = { name: 'admin', password: 'admin-secret' },
): Promise<TeamServer> {
  servers += 1;
  const PouchDB = MemoryPouchDB.defaults({
    adapter: 'memory',
    prefix: `team-server-${process.pid}-${servers}-`,
  });
  const app = expressPouchDB(PouchDB, {
    inMemoryConfig: true,
    logPath: '/dev/null',
    mode: 'fullCouchDB',
    overrideMode: { exclude: ['routes/fauxton'] },
  });
  app.dbWrapper.registerWrapper((_name, db, next) => {
    keepReplicatedAncestry(db);
    return next();
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  async function call(method: string, path: string, body: unknown, auth?: string) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(auth && { authorization: auth }) },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    }
  }
  // Until an admin exists the server is in "admin party"; this ends it, as CouchDB 3's setup does.
  await call('PUT', `/_config/admins/${encodeURIComponent(admin.name)}`, admin.password);
  const adminAuth = basicAuth(admin.name, admin.password);

  return {
    url,
    admin,
    async addUser(name, password, roles) {
      const id = `org.couchdb.user:${name}`;
      await call(
        'PUT',
        `/_users/${encodeURIComponent(id)}`,
        { _id: id, name, password, roles, type: 'user' },
        adminAuth,
      );
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A server with the company database `db` set up by team:setup and these members added. */
export async function startTeamDatabase(
  db: string,
  members: readonly { name: string; password: string; roles: string[] }[],
): Promise<TeamServer> {
  const server = await startTeamServer();
  await setUpTeamDatabase({
    url: server.url,
    db,
    adminUser: server.admin.name,
    adminPassword: server.admin.password,
  });
  for (const member of members) await server.addUser(member.name, member.password, member.roles);
  return server;
}
