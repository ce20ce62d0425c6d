import { z } from 'zod';
import { platformSchema, reportedItemSchema, surfaceSchema } from '../model/detected-item';
import { ownerIdentitySchema } from '../model/owner';
import { pageSnapshotSchema } from '../snapshot/schema';

// Limits a content script cannot exceed: a page is untrusted and could flood the background.
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
export const MAX_ITEMS_PER_SCAN = 5_000;

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

export const itemRefSchema = z.object({
  key: z.string().min(1).max(2_000),
  threadKey: z.string().min(1).max(2_000),
});
export type ItemRef = z.infer<typeof itemRefSchema>;

export const fillRequestSchema = itemRefSchema.extend({ text: z.string().min(1).max(20_000) });
export type FillRequest = z.infer<typeof fillRequestSchema>;

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

/** The background took a scan: stored it, held it for lack of room, or refused it for good. */
export const scanAckSchema = z.discriminatedUnion('accepted', [
  z.object({ accepted: z.literal(true) }),
  z.object({ accepted: z.literal(false), reason: z.string() }),
]);
export type ScanAck = z.infer<typeof scanAckSchema>;

/** A sanitised page snapshot for a bug report, or why there is none. */
export const snapshotReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), snapshot: pageSnapshotSchema }),
  z.object({ ok: z.literal(false), reason: z.enum(['no-tab', 'not-a-platform-page']) }),
]);
export type SnapshotReply = z.infer<typeof snapshotReplySchema>;

export const ownersReplySchema = z.object({ owners: z.array(ownerIdentitySchema) });
export type OwnersReply = z.infer<typeof ownersReplySchema>;

/**
 * Parses a message payload at a context boundary, refusing oversized ones before parsing them.
 * Returns a reason instead of throwing so the receiver can log and answer it.
 */
export function parseMessage<T>(
  schema: z.ZodType<T>,
  data: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  let size: number;
  try {
    size = JSON.stringify(data)?.length ?? 0;
  } catch {
    return { ok: false, reason: 'not serialisable' };
  }
  if (size > MAX_MESSAGE_BYTES) return { ok: false, reason: `too large (${size} bytes)` };
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, reason: z.prettifyError(parsed.error) };
}
