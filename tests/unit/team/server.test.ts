// @vitest-environment node
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, setUpTeamDatabase } from '../../../scripts/team/setup';
import { defaultToneGuide } from '../../../utils/tone/default-guide';
import { pushesToServer, sharedItemSchema } from '../../../utils/team/documents';
import {
  putToneGuideRevision,
  readSharedItem,
  resolveAllItemConflicts,
  saveSharedItem,
} from '../../../utils/team/replica';
import { detected } from '../../helpers/items';
import { MemoryPouchDB, memoryDatabase } from '../../helpers/team-pouch';
import { startTeamDatabase, type TeamServer } from '../../helpers/team-server';

const DB = 'kanelkompaniet';
let server: TeamServer;

beforeAll(async () => {
  server = await startTeamDatabase(DB, [
    { name: 'alice', password: 'alice-pw', roles: ['svara'] },
    { name: 'bob', password: 'bob-pw', roles: ['svara'] },
    { name: 'carol', password: 'carol-pw', roles: ['svara-admin'] },
    { name: 'mallory', password: 'mallory-pw', roles: [] },
  ]);
});
afterAll(() => server.stop());

const as = {
  alice: basicAuth('alice', 'alice-pw'),
  bob: basicAuth('bob', 'bob-pw'),
  carol: basicAuth('carol', 'carol-pw'),
  mallory: basicAuth('mallory', 'mallory-pw'),
};

async function request(method: string, path: string, auth: string | undefined, body?: unknown) {
  const response = await fetch(`${server.url}/${DB}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(auth && { authorization: auth }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function claim(itemKey: string, by: string) {
  return {
    type: 'claim',
    itemKey,
    by,
    displayName: by,
    claimedAt: '2026-11-20T10:00:00.000Z',
    replyingUntil: '2026-11-20T10:01:00.000Z',
  };
}

const claimPath = (itemKey: string) => encodeURIComponent(`claim:${itemKey}`);

describe('a company database made by team:setup, on the stand-in CouchDB', () => {
  it('lets only members read it', async () => {
    expect((await request('GET', '', as.alice)).status).toBe(200);
    expect((await request('GET', '', as.mallory)).status).toBe(401);
    expect((await request('GET', '', undefined)).status).toBe(401);
  });

  it('gives a claim to whoever PUTs it first: Alice 201, Bob 409', async () => {
    const alice = await request('PUT', claimPath('c1'), as.alice, claim('c1', 'alice'));
    expect(alice.status).toBe(201);
    const bob = await request('PUT', claimPath('c1'), as.bob, claim('c1', 'bob'));
    expect(bob.status).toBe(409);
    // With Alice's revision in hand Bob still cannot take it over.
    const takeover = await request('PUT', claimPath('c1'), as.bob, {
      ...claim('c1', 'bob'),
      _rev: alice.body.rev,
    });
    expect(takeover).toMatchObject({ status: 403, body: { reason: 'alice is answering.' } });
  });

  it('gives a claim to exactly one of two colleagues claiming at once', async () => {
    const answers = await Promise.all([
      request('PUT', claimPath('c5'), as.alice, claim('c5', 'alice')),
      request('PUT', claimPath('c5'), as.bob, claim('c5', 'bob')),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
  });

  it('refuses a claim in someone else’s name', async () => {
    const forged = await request('PUT', claimPath('c2'), as.bob, claim('c2', 'alice'));
    expect(forged).toMatchObject({ status: 403, body: { error: 'forbidden' } });
  });

  it('lets Alice renew her claim and refuses Bob’s release; an admin may release it', async () => {
    const first = await request('PUT', claimPath('c3'), as.alice, claim('c3', 'alice'));
    const renewed = await request('PUT', claimPath('c3'), as.alice, {
      ...claim('c3', 'alice'),
      replyingUntil: '2026-11-20T10:02:00.000Z',
      _rev: first.body.rev,
    });
    expect(renewed.status).toBe(201);
    const rev = String(renewed.body.rev);

    const bob = await request('DELETE', `${claimPath('c3')}?rev=${rev}`, as.bob);
    expect(bob).toMatchObject({
      status: 403,
      body: { reason: 'Only alice or an admin can release this claim.' },
    });
    expect((await request('GET', claimPath('c3'), as.bob)).status).toBe(200);

    const carol = await request('DELETE', `${claimPath('c3')}?rev=${rev}`, as.carol);
    expect(carol.status).toBe(200);
    expect((await request('GET', claimPath('c3'), as.bob)).status).toBe(404);
    // Released, the item can be claimed again.
    expect((await request('PUT', claimPath('c3'), as.bob, claim('c3', 'bob'))).status).toBe(201);
  });

  it('lets a server admin release any claim and the holder release their own', async () => {
    const alices = await request('PUT', claimPath('c4'), as.alice, claim('c4', 'alice'));
    const admin = basicAuth(server.admin.name, server.admin.password);
    expect(
      (await request('DELETE', `${claimPath('c4')}?rev=${alices.body.rev}`, admin)).status,
    ).toBe(200);
    const again = await request('PUT', claimPath('c4'), as.alice, claim('c4', 'alice'));
    expect(
      (await request('DELETE', `${claimPath('c4')}?rev=${again.body.rev}`, as.alice)).status,
    ).toBe(200);
  });

  it('keeps responses immutable and items open to every member', async () => {
    const id = encodeURIComponent('resp:01ARYZ6S41TSV4RRFFQ69G5FAV');
    const response = { type: 'response', by: 'bob', response: {} };
    expect((await request('PUT', id, as.alice, response)).status).toBe(403);
    const written = await request('PUT', id, as.bob, response);
    expect(written.status).toBe(201);
    const changed = await request('PUT', id, as.bob, { ...response, _rev: written.body.rev, x: 1 });
    expect(changed.status).toBe(403);
    expect(
      (await request('PUT', encodeURIComponent('item:k'), as.alice, { type: 'item' })).status,
    ).toBe(201);
    expect((await request('PUT', 'other', as.alice, {})).status).toBe(403);
  });

  it('can be run again, keeping the documents', async () => {
    await setUpTeamDatabase({
      url: server.url,
      db: DB,
      adminUser: server.admin.name,
      adminPassword: server.admin.password,
    });
    expect((await request('GET', claimPath('c1'), as.bob)).body).toMatchObject({ by: 'alice' });
  });
});

describe('replicas syncing through the stand-in CouchDB', () => {
  const remote = (name: string, password: string) =>
    new MemoryPouchDB(`${server.url}/${DB}`, {
      adapter: 'http',
      auth: { username: name, password },
    });

  it('keeps a conflicting revision a second replica pushes, as CouchDB does', async () => {
    const aliceReplica = memoryDatabase('alice');
    const bobReplica = memoryDatabase('bob');
    await aliceReplica.put({ _id: 'item:conflicted', type: 'item', seenBy: 'alice' });
    await bobReplica.put({ _id: 'item:conflicted', type: 'item', seenBy: 'bob' });
    await aliceReplica.replicate.to(remote('alice', 'alice-pw'));
    await bobReplica.replicate.to(remote('bob', 'bob-pw'));
    const onServer = await remote('alice', 'alice-pw').get('item:conflicted', { conflicts: true });
    expect(onServer._conflicts).toHaveLength(1);
    await Promise.all([aliceReplica.destroy(), bobReplica.destroy()]);
  });

  it('pushes items but never claims through replication', async () => {
    const replica = memoryDatabase('alice');
    await replica.put({ _id: 'item:pushed', type: 'item' });
    await replica.put({ ...claim('pushed', 'alice'), _id: 'claim:pushed' });
    await replica.replicate.to(remote('alice', 'alice-pw'), { filter: pushesToServer });
    expect((await request('GET', encodeURIComponent('item:pushed'), as.alice)).status).toBe(200);
    expect((await request('GET', claimPath('pushed'), as.alice)).status).toBe(404);
    await replica.destroy();
  });

  it('brings Alice and Bob to the same merged item and keeps guide history linear', async () => {
    const aliceReplica = memoryDatabase('alice');
    const bobReplica = memoryDatabase('bob');
    const aliceServer = remote('alice', 'alice-pw');
    const bobServer = remote('bob', 'bob-pw');
    const item = sharedItemSchema.parse({
      ...detected({ key: 'facebook:comment:77' }),
      status: 'waiting',
      firstSeenAt: '2026-11-20T10:03:00.000Z',
      lastSeenAt: '2026-11-20T10:03:00.000Z',
    });
    await saveSharedItem(aliceReplica, item);
    await saveSharedItem(bobReplica, {
      ...item,
      status: 'answered',
      firstSeenAt: '2026-11-20T10:01:00.000Z',
      lastSeenAt: '2026-11-20T10:06:00.000Z',
      answeredAt: '2026-11-20T10:06:00.000Z',
    });
    for (let round = 0; round < 3; round += 1) {
      for (const [replica, serverDb] of [
        [aliceReplica, aliceServer],
        [bobReplica, bobServer],
      ] as const) {
        await replica.replicate.to(serverDb);
        await replica.replicate.from(serverDb);
        await resolveAllItemConflicts(replica);
      }
    }
    const onAlice = await readSharedItem(aliceReplica, item.key);
    expect(onAlice).toMatchObject({
      status: 'answered',
      firstSeenAt: '2026-11-20T10:01:00.000Z',
    });
    expect(await readSharedItem(bobReplica, item.key)).toEqual(onAlice);
    expect(await readSharedItem(aliceServer, item.key)).toEqual(onAlice);

    const save = (db: typeof aliceServer, by: string) =>
      putToneGuideRevision(db, {
        guide: defaultToneGuide,
        origin: 'editor',
        by,
        savedAt: '2026-11-20T10:10:00.000Z',
      });
    const saved = await Promise.all([save(aliceServer, 'alice'), save(bobServer, 'bob')]);
    expect(saved.map((doc) => doc.revision).sort()).toEqual([1, 2]);
    await Promise.all([aliceReplica.destroy(), bobReplica.destroy()]);
  });
});

// Each run starts Node and tsx: seconds on a busy machine.
describe('npm run team:setup', { timeout: 30_000 }, () => {
  const run = promisify(execFile);
  const root = resolve(import.meta.dirname, '../../..');
  const cli = (args: string[]) =>
    run(join(root, 'node_modules/.bin/tsx'), ['scripts/team-setup.ts', ...args], { cwd: root });

  it('creates a database a member can use', async () => {
    const { stdout } = await cli([
      '--url',
      server.url,
      '--db',
      'second',
      '--admin-user',
      server.admin.name,
      '--admin-password',
      server.admin.password,
    ]);
    expect(stdout).toContain('created database second');
    const response = await fetch(`${server.url}/second/${claimPath('x')}`, {
      method: 'PUT',
      headers: { authorization: as.alice, 'content-type': 'application/json' },
      body: JSON.stringify(claim('x', 'alice')),
    });
    expect(response.status).toBe(201);
  });

  it('says why when the admin password is wrong', async () => {
    await expect(
      cli([
        '--url',
        server.url,
        '--db',
        'third',
        '--admin-user',
        'admin',
        '--admin-password',
        'no',
      ]),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/401/) });
  });
});
