import { z } from 'zod';
import { platformSchema, reportedItemSchema, surfaceSchema } from '../model/detected-item';
import { ownerIdentitySchema } from '../model/owner';
import { pageSnapshotSchema } from '../snapshot/schema';
import { MAX_ITEMS_PER_SCAN } from './page-messages';

// What content scripts parse lives in zod/mini (./page-messages); the rest stays classic.
export {
  MAX_ITEMS_PER_SCAN,
  MAX_MESSAGE_BYTES,
  fillRequestSchema,
  itemRefSchema,
  ownersReplySchema,
  parseMessage,
  scanAckSchema,
  type FillRequest,
  type ItemRef,
  type OwnersReply,
  type ScanAck,
} from './page-messages';

/** content → background: what one scan of a page (or of the threads a change touched) found. */
export const pageScanSchema = z.discriminatedUnion('layout', [
  z.object({
    layout: z.literal('recognised'),
    platform: platformSchema,
    surface: surfaceSchema,
    /** False when only the threads touched by a change were rescanned. */
    full: z.boolean(),
    items: z.array(reportedItemSchema).max(MAX_ITEMS_PER_SCAN),
    /** Identities the page revealed (signed-in profile, "comment as"). */
    pageOwners: z.array(ownerIdentitySchema).max(50),
  }),
  z.object({
    layout: z.literal('unknown'),
    platform: platformSchema,
    surface: surfaceSchema,
    reason: z.string().max(2_000),
  }),
]);
export type PageScan = z.infer<typeof pageScanSchema>;

export const fillResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['no-tab', 'item-not-on-page', 'reply-box-not-open', 'editor-rejected']),
  }),
]);
export type FillResult = z.infer<typeof fillResultSchema>;

export const revealResultSchema = z.object({ found: z.boolean() });
export type RevealResult = z.infer<typeof revealResultSchema>;

/** A sanitised page snapshot for a bug report, or why there is none. */
export const snapshotReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), snapshot: pageSnapshotSchema }),
  z.object({ ok: z.literal(false), reason: z.enum(['no-tab', 'not-a-platform-page']) }),
]);
export type SnapshotReply = z.infer<typeof snapshotReplySchema>;
