import { validateDocUpdateSource } from './validate-doc-update';

/**
 * What `npm run team:setup` does, over the CouchDB HTTP API with a server admin's credentials:
 * creates the company database (or keeps it), sets its _security so only the member and admin
 * roles can read it, and writes the design document with validate_doc_update. Running it again
 * updates the rules and keeps the data.
 */
export interface TeamSetup {
  url: string;
  db: string;
  adminUser: string;
  adminPassword: string;
  memberRole?: string;
  adminRole?: string;
}

export const DEFAULT_MEMBER_ROLE = 'svara';
export const DEFAULT_ADMIN_ROLE = 'svara-admin';
export const DESIGN_DOC_ID = '_design/svara';

/** CouchDB's database name rule. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export class SetupError extends Error {}

export function basicAuth(user: string, password: string) {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

export async function setUpTeamDatabase(setup: TeamSetup, log: (line: string) => void = () => {}) {
  if (!DATABASE_NAME.test(setup.db)) {
    throw new SetupError(
      `"${setup.db}" is not a CouchDB database name (lower-case letter first, then a-z 0-9 _$()+-/)`,
    );
  }
  const memberRole = setup.memberRole ?? DEFAULT_MEMBER_ROLE;
  const adminRole = setup.adminRole ?? DEFAULT_ADMIN_ROLE;
  const base = `${setup.url.replace(/\/+$/, '')}/${encodeURIComponent(setup.db)}`;
  const headers = {
    authorization: basicAuth(setup.adminUser, setup.adminPassword),
    'content-type': 'application/json',
    accept: 'application/json',
  };
  async function request(method: string, path: string, body?: unknown) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  }
  function refuse(what: string, answer: { status: number; body: Record<string, unknown> }): never {
    const reason = answer.body.reason ?? answer.body.error ?? '';
    throw new SetupError(`${what}: the server answered ${answer.status} ${String(reason)}`.trim());
  }

  const created = await request('PUT', '');
  if (created.status === 201) log(`created database ${setup.db}`);
  else if (created.status === 412) log(`database ${setup.db} exists; keeping its documents`);
  else refuse(`creating database ${setup.db}`, created);

  const security = await request('PUT', '/_security', {
    admins: { names: [], roles: [adminRole] },
    members: { names: [], roles: [memberRole, adminRole] },
  });
  if (security.status !== 200) refuse('setting _security', security);
  log(`members: role ${memberRole}; admins: role ${adminRole}`);

  const existing = await request('GET', `/${DESIGN_DOC_ID}`);
  const design = {
    _id: DESIGN_DOC_ID,
    ...(existing.status === 200 && { _rev: existing.body._rev }),
    language: 'javascript',
    validate_doc_update: validateDocUpdateSource(memberRole, adminRole),
  };
  const written = await request('PUT', `/${DESIGN_DOC_ID}`, design);
  if (written.status !== 201 && written.status !== 202) refuse('writing the rules', written);
  log('validate_doc_update written: claims in your own name, released by you or an admin');
  return { memberRole, adminRole };
}
