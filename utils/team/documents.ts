import { z } from 'zod';
import { itemSchema } from '../model/item';
import { responseLogEntrySchema } from '../model/response-log';
import { toneGuideSchema } from '../tone/schema';

/**
 * The documents a company database holds. Each is parsed whole when it is read from PouchDB or
 * the server; an id always says what the document is, so a validate_doc_update and a replication
 * filter can tell them apart by prefix alone.
 */
export const ITEM_PREFIX = 'item:';
export const RESPONSE_PREFIX = 'resp:';
export const GUIDE_PREFIX = 'guide:';
export const CLAIM_PREFIX = 'claim:';

/** What a CouchDB user name may be (the server decides; this bounds what we accept back). */
export const teamUserSchema = z.string().min(1).max(200);

const revSchema = z.string().min(1).optional();

/**
 * An item as the team shares it: everything the page showed and the team decided, without what
 * belongs to one browser (the suggestion filled into this browser's reply box, the assignee).
 */
export const sharedItemSchema = itemSchema.omit({ assignee: true, pendingSuggestion: true });
export type SharedItem = z.infer<typeof sharedItemSchema>;

export const teamItemDocSchema = z
  .object({
    _id: z.string().startsWith(ITEM_PREFIX),
    _rev: revSchema,
    type: z.literal('item'),
    item: sharedItemSchema,
  })
  .refine((doc) => doc._id === teamItemId(doc.item.key), {
    message: 'the id is not item:<key>',
    path: ['_id'],
  });
export type TeamItemDoc = z.infer<typeof teamItemDocSchema>;

/** Crockford base32, 26 characters: 10 of time, 16 of randomness (utils/team/ulid.ts). */
export const ulidSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/);

/** One response, immutable once written: `resp:<ulid>`, the ULID making ids sort by time. */
export const teamResponseDocSchema = z
  .object({
    _id: z.string().startsWith(RESPONSE_PREFIX),
    _rev: revSchema,
    type: z.literal('response'),
    /** The CouchDB user whose browser recorded it. */
    by: teamUserSchema,
    response: responseLogEntrySchema.omit({ id: true }),
  })
  .refine((doc) => ulidSchema.safeParse(doc._id.slice(RESPONSE_PREFIX.length)).success, {
    message: 'the id is not resp:<ulid>',
    path: ['_id'],
  });
export type TeamResponseDoc = z.infer<typeof teamResponseDocSchema>;

const GUIDE_REVISION_DIGITS = 10;

export const guideOriginSchema = z.enum(['default', 'import', 'editor', 'restore']);

/**
 * One tone-guide revision, immutable: `guide:<revision>` with the number zero-padded so ids sort
 * as numbers. A revision is created by PUT; a 409 means a colleague took that number first.
 */
export const teamGuideDocSchema = z
  .object({
    _id: z.string().startsWith(GUIDE_PREFIX),
    _rev: revSchema,
    type: z.literal('guide'),
    revision: z
      .number()
      .int()
      .min(1)
      .max(10 ** GUIDE_REVISION_DIGITS - 1),
    savedAt: z.iso.datetime(),
    origin: guideOriginSchema,
    by: teamUserSchema,
    guide: toneGuideSchema,
  })
  .refine((doc) => doc._id === teamGuideId(doc.revision), {
    message: 'the id is not guide:<revision>',
    path: ['_id'],
  });
export type TeamGuideDoc = z.infer<typeof teamGuideDocSchema>;

/**
 * "<by> is answering": written only by a direct PUT to the server, never through replication,
 * so the server's 201 or 409 decides who answers.
 */
export const claimDocSchema = z
  .object({
    _id: z.string().startsWith(CLAIM_PREFIX),
    _rev: revSchema,
    type: z.literal('claim'),
    itemKey: z.string().min(1).max(2_000),
    /** The CouchDB user; validate_doc_update refuses any other name. */
    by: teamUserSchema,
    /** How colleagues see them, as in the response log's agent. */
    displayName: z.string().max(200),
    claimedAt: z.iso.datetime(),
    /** Renewed by a heartbeat while the item is open; past it the claim is stale. */
    replyingUntil: z.iso.datetime(),
  })
  .refine((doc) => doc._id === claimId(doc.itemKey), {
    message: 'the id is not claim:<itemKey>',
    path: ['_id'],
  });
export type ClaimDoc = z.infer<typeof claimDocSchema>;

export function teamItemId(itemKey: string) {
  return `${ITEM_PREFIX}${itemKey}`;
}

export function claimId(itemKey: string) {
  return `${CLAIM_PREFIX}${itemKey}`;
}

export function teamResponseId(ulid: string) {
  return `${RESPONSE_PREFIX}${ulid}`;
}

export function teamGuideId(revision: number) {
  return `${GUIDE_PREFIX}${String(revision).padStart(GUIDE_REVISION_DIGITS, '0')}`;
}

/**
 * Which local documents push replication sends to the server: items, responses and guide
 * revisions. Claims are written only by direct PUT, so a claim pulled into the replica never
 * goes back through replication, where CouchDB would validate it against a parent revision.
 */
export function pushesToServer(doc: { _id: string }): boolean {
  return [ITEM_PREFIX, RESPONSE_PREFIX, GUIDE_PREFIX].some((prefix) => doc._id.startsWith(prefix));
}
