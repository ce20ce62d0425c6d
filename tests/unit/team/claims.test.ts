// @vitest-environment node
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { basicAuth } from '../../../scripts/team/setup';
import {
  CLAIM_HOLD_MS,
  checkClaimBeforeFill,
  claimItem,
  isStale,
  readClaim,
  releaseClaim,
  renewClaim,
  type TeamConnection,
} from '../../../utils/team/claims';
import { startTeamDatabase, type TeamServer } from '../../helpers/team-server';

const DB = 'claims';
const NOW = new Date('2026-11-20T10:00:00.000Z');
let server: TeamServer;

beforeAll(async () => {
  server = await startTeamDatabase(DB, [
    { name: 'alice', password: 'alice-pw', roles: ['svara'] },
    { name: 'bob', password: 'bob-pw', roles: ['svara'] },
  ]);
});
afterAll(() => server.stop());

function connection(user: string, displayName: string, password = `${user}-pw`): TeamConnection {
  return {
    databaseUrl: `${server.url}/${DB}`,
    authorization: basicAuth(user, password),
    user,
    displayName,
    fetch: globalThis.fetch,
  };
}
const alice = () => connection('alice', 'Alice Ek');
const bob = () => connection('bob', 'Bob Lund');
const admin = () => connection(server.admin.name, 'Admin', server.admin.password);

describe('claims against the stand-in CouchDB', () => {
  it('gives the item to Alice and tells Bob she is answering', async () => {
    const claimed = await claimItem(alice(), 'item-1', NOW);
    expect(claimed).toMatchObject({
      kind: 'claimed',
      claim: { by: 'alice', displayName: 'Alice Ek', itemKey: 'item-1' },
    });
    expect(await claimItem(bob(), 'item-1', NOW)).toEqual({
      kind: 'taken',
      by: 'alice',
      displayName: 'Alice Ek',
      replyingUntil: new Date(NOW.getTime() + CLAIM_HOLD_MS).toISOString(),
    });
    expect(await checkClaimBeforeFill(bob(), 'item-1')).toMatchObject({
      kind: 'taken',
      by: 'alice',
    });
    expect(await checkClaimBeforeFill(alice(), 'item-1')).toMatchObject({ kind: 'mine' });
  });

  it('renews with the heartbeat and keeps the first claim time', async () => {
    const first = await claimItem(alice(), 'item-2', NOW);
    if (first.kind !== 'claimed') throw new Error(first.kind);
    const later = new Date(NOW.getTime() + 20_000);
    const renewed = await renewClaim(alice(), first.claim, later);
    expect(renewed).toMatchObject({
      kind: 'claimed',
      claim: {
        claimedAt: NOW.toISOString(),
        replyingUntil: new Date(later.getTime() + CLAIM_HOLD_MS).toISOString(),
      },
    });
    // Claiming again from another tab renews instead of failing.
    expect(await claimItem(alice(), 'item-2', later)).toMatchObject({ kind: 'claimed' });
  });

  it('refuses Bob’s release of Alice’s claim; Alice releases, then Bob can claim', async () => {
    const claimed = await claimItem(alice(), 'item-3', NOW);
    if (claimed.kind !== 'claimed') throw new Error(claimed.kind);
    expect(await releaseClaim(bob(), claimed.claim)).toMatchObject({
      kind: 'refused',
      status: 403,
    });
    expect(await releaseClaim(alice(), claimed.claim)).toEqual({ kind: 'released' });
    expect(await releaseClaim(alice(), claimed.claim)).toEqual({ kind: 'not-held' });
    expect(await readClaim(bob(), 'item-3')).toBeNull();
    expect(await claimItem(bob(), 'item-3', NOW)).toMatchObject({ kind: 'claimed' });
  });

  it('tells Alice before filling that an admin released her claim and Bob took it', async () => {
    const claimed = await claimItem(alice(), 'item-4', NOW);
    if (claimed.kind !== 'claimed') throw new Error(claimed.kind);
    expect(await releaseClaim(admin(), claimed.claim)).toEqual({ kind: 'released' });
    expect(await checkClaimBeforeFill(alice(), 'item-4')).toEqual({ kind: 'lost' });
    await claimItem(bob(), 'item-4', NOW);
    expect(await renewClaim(alice(), claimed.claim, NOW)).toMatchObject({
      kind: 'taken',
      by: 'bob',
    });
  });

  it('reports a wrong password as refused, with the server’s reason', async () => {
    const result = await claimItem(connection('alice', 'Alice Ek', 'wrong'), 'item-5', NOW);
    expect(result).toMatchObject({ kind: 'refused', status: 401 });
  });
});

describe('claims while offline', () => {
  it('refuses at once, without a request, when the browser knows it is offline', async () => {
    const fetch = vi.fn(globalThis.fetch);
    const offline = { ...alice(), fetch, isOnline: () => false };
    expect(await claimItem(offline, 'item-6', NOW)).toMatchObject({
      kind: 'offline',
      message: expect.stringContaining('nothing was claimed'),
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses when the server cannot be reached', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const unreachable = { ...alice(), databaseUrl: `http://127.0.0.1:${port}/${DB}` };
    expect(await claimItem(unreachable, 'item-7', NOW)).toMatchObject({ kind: 'offline' });
    expect(await checkClaimBeforeFill(unreachable, 'item-7')).toMatchObject({ kind: 'offline' });
  });
});

describe('isStale', () => {
  it('is stale from replyingUntil on', () => {
    const claim = { replyingUntil: NOW.toISOString() };
    expect(isStale(claim, new Date(NOW.getTime() - 1))).toBe(false);
    expect(isStale(claim, NOW)).toBe(true);
  });
});
