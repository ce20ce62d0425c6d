import { z } from 'zod';
import { claimDocSchema, claimId, type ClaimDoc } from './documents';

/**
 * Claims are written straight to the server, never through replication: the server's 201 or
 * 409 is the only thing that decides who answers. Pure functions over the `fetch` passed in.
 */
export interface TeamConnection {
  /** The company database's address, e.g. https://couch.example.com/acme. */
  databaseUrl: string;
  /** The Authorization header (Basic for a name and password, Bearer for a token). */
  authorization: string;
  /** The CouchDB user name; validate_doc_update accepts claims only in it. */
  user: string;
  /** How colleagues see this person. */
  displayName: string;
  fetch: typeof fetch;
  /** False when the browser knows it is offline: no request is tried. */
  isOnline?: () => boolean;
}

/** A heartbeat renews the claim this often while the item is open. */
export const CLAIM_HEARTBEAT_MS = 20_000;
/** How long a claim holds without a heartbeat: three missed beats. */
export const CLAIM_HOLD_MS = 60_000;

export type StoredClaim = ClaimDoc & { _rev: string };

export type ClaimProblem =
  { kind: 'offline'; message: string } | { kind: 'refused'; status: number; message: string };

export type ClaimResult =
  | { kind: 'claimed'; claim: StoredClaim }
  | { kind: 'taken'; by: string; displayName: string; replyingUntil: string }
  | ClaimProblem;

export type ReleaseResult = { kind: 'released' } | { kind: 'not-held' } | ClaimProblem;

export type FillCheck =
  | { kind: 'mine'; claim: StoredClaim }
  | { kind: 'taken'; by: string; displayName: string; replyingUntil: string }
  | { kind: 'lost' }
  | ClaimProblem;

const storedClaimSchema = claimDocSchema.and(z.object({ _rev: z.string().min(1) }));
const writeAnswerSchema = z.object({ ok: z.literal(true), rev: z.string().min(1) });
const errorAnswerSchema = z.object({ error: z.string(), reason: z.string().optional() });

/** Claim and release racing on one item: give up after this many rounds rather than loop. */
const MAX_ATTEMPTS = 3;

function busy(): ClaimProblem {
  return { kind: 'refused', status: 409, message: 'The item kept changing hands; try again.' };
}

const OFFLINE_MESSAGE = 'You are offline: a claim needs the team server, so nothing was claimed.';

/** A claim past its replyingUntil: its holder stopped answering (or closed the browser). */
export function isStale(claim: Pick<ClaimDoc, 'replyingUntil'>, now: Date): boolean {
  return Date.parse(claim.replyingUntil) <= now.getTime();
}

type Answer = { status: number; body: unknown } | ClaimProblem;

async function call(
  connection: TeamConnection,
  method: 'GET' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<Answer> {
  if (connection.isOnline && !connection.isOnline())
    return { kind: 'offline', message: OFFLINE_MESSAGE };
  let response: Response;
  try {
    response = await connection.fetch(`${connection.databaseUrl.replace(/\/+$/, '')}/${path}`, {
      method,
      credentials: 'omit',
      headers: {
        authorization: connection.authorization,
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { kind: 'offline', message: OFFLINE_MESSAGE };
  }
  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    // A body that is not JSON is judged by its status alone.
  }
  return { status: response.status, body: parsed };
}

function isProblem(answer: Answer): answer is ClaimProblem {
  return 'kind' in answer;
}

function refused(answer: { status: number; body: unknown }): ClaimProblem {
  const error = errorAnswerSchema.safeParse(answer.body);
  const reason = error.success ? (error.data.reason ?? error.data.error) : 'no reason given';
  return { kind: 'refused', status: answer.status, message: `The team server refused: ${reason}` };
}

const pathOf = (itemKey: string) => encodeURIComponent(claimId(itemKey));

/** The claim on an item as the server holds it now, or null when nobody holds one. */
export async function readClaim(
  connection: TeamConnection,
  itemKey: string,
): Promise<StoredClaim | null | ClaimProblem> {
  const answer = await call(connection, 'GET', pathOf(itemKey));
  if (isProblem(answer)) return answer;
  if (answer.status === 404) return null;
  if (answer.status !== 200) return refused(answer);
  const claim = storedClaimSchema.safeParse(answer.body);
  return claim.success
    ? claim.data
    : { kind: 'refused', status: 200, message: 'The team server holds a damaged claim.' };
}

function claimFor(connection: TeamConnection, itemKey: string, claimedAt: string, now: Date) {
  return claimDocSchema.parse({
    _id: claimId(itemKey),
    type: 'claim',
    itemKey,
    by: connection.user,
    displayName: connection.displayName,
    claimedAt,
    replyingUntil: new Date(now.getTime() + CLAIM_HOLD_MS).toISOString(),
  });
}

function takenBy(claim: StoredClaim) {
  return {
    kind: 'taken' as const,
    by: claim.by,
    displayName: claim.displayName,
    replyingUntil: claim.replyingUntil,
  };
}

/**
 * "I answer this": a PUT without a revision, so it succeeds only when nobody holds the item.
 * A 409 or 403 reads who does. A claim of one's own (another tab, a restart) is renewed.
 */
export async function claimItem(
  connection: TeamConnection,
  itemKey: string,
  now: Date,
  attempts = MAX_ATTEMPTS,
): Promise<ClaimResult> {
  if (attempts <= 0) return busy();
  const claim = claimFor(connection, itemKey, now.toISOString(), now);
  const answer = await call(connection, 'PUT', pathOf(itemKey), claim);
  if (isProblem(answer)) return answer;
  if (answer.status === 201 || answer.status === 202) {
    const written = writeAnswerSchema.safeParse(answer.body);
    if (written.success) return { kind: 'claimed', claim: { ...claim, _rev: written.data.rev } };
  }
  if (answer.status !== 409 && answer.status !== 403) return refused(answer);
  const holder = await readClaim(connection, itemKey);
  if (holder === null) return claimItem(connection, itemKey, now, attempts - 1);
  if ('kind' in holder) return holder;
  if (holder.by === connection.user) return renewClaim(connection, holder, now, attempts - 1);
  return takenBy(holder);
}

/** The heartbeat: moves replyingUntil on; fails as "taken" when an admin released it meanwhile
 *  and a colleague claimed the item. */
export async function renewClaim(
  connection: TeamConnection,
  claim: StoredClaim,
  now: Date,
  attempts = MAX_ATTEMPTS,
): Promise<ClaimResult> {
  if (attempts <= 0) return busy();
  const renewed = {
    ...claimFor(connection, claim.itemKey, claim.claimedAt, now),
    _rev: claim._rev,
  };
  const answer = await call(connection, 'PUT', pathOf(claim.itemKey), renewed);
  if (isProblem(answer)) return answer;
  const written = writeAnswerSchema.safeParse(answer.body);
  if ((answer.status === 201 || answer.status === 202) && written.success) {
    return { kind: 'claimed', claim: { ...renewed, _rev: written.data.rev } };
  }
  if (answer.status !== 409 && answer.status !== 403) return refused(answer);
  const holder = await readClaim(connection, claim.itemKey);
  if (holder === null) return claimItem(connection, claim.itemKey, now, attempts - 1);
  if ('kind' in holder) return holder;
  if (holder.by === connection.user) return renewClaim(connection, holder, now, attempts - 1);
  return takenBy(holder);
}

/** Release on answer, dismissal or timeout. A claim already gone is "not-held", not an error. */
export async function releaseClaim(
  connection: TeamConnection,
  claim: Pick<StoredClaim, 'itemKey' | '_rev'>,
): Promise<ReleaseResult> {
  const answer = await call(
    connection,
    'DELETE',
    `${pathOf(claim.itemKey)}?rev=${encodeURIComponent(claim._rev)}`,
  );
  if (isProblem(answer)) return answer;
  if (answer.status === 200 || answer.status === 202) return { kind: 'released' };
  if (answer.status === 404 || answer.status === 409) return { kind: 'not-held' };
  return refused(answer);
}

/** Right before filling the reply box: is the item still this person's? */
export async function checkClaimBeforeFill(
  connection: TeamConnection,
  itemKey: string,
): Promise<FillCheck> {
  const holder = await readClaim(connection, itemKey);
  if (holder === null) return { kind: 'lost' };
  if ('kind' in holder) return holder;
  return holder.by === connection.user ? { kind: 'mine', claim: holder } : takenBy(holder);
}
