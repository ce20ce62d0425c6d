/**
 * The messages a content script parses, and the limits it keeps to, in zod/mini: a content script
 * loads no classic Zod (bundle.contentMaxGzipKB), and the background parses the same schemas.
 */
import { z } from 'zod/mini';
import { ownerIdentitySchema } from '../model/owner';

// Limits a content script cannot exceed: a page is untrusted and could flood the background.
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
export const MAX_ITEMS_PER_SCAN = 5_000;

export const itemRefSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(2_000)),
  threadKey: z.string().check(z.minLength(1), z.maxLength(2_000)),
});
export type ItemRef = z.infer<typeof itemRefSchema>;

export const fillRequestSchema = z.extend(itemRefSchema, {
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
});
export type FillRequest = z.infer<typeof fillRequestSchema>;

/** The background took a scan: stored it, held it for lack of room, or refused it for good. */
export const scanAckSchema = z.discriminatedUnion('accepted', [
  z.object({ accepted: z.literal(true) }),
  z.object({ accepted: z.literal(false), reason: z.string() }),
]);
export type ScanAck = z.infer<typeof scanAckSchema>;

export const ownersReplySchema = z.object({ owners: z.array(ownerIdentitySchema) });
export type OwnersReply = z.infer<typeof ownersReplySchema>;

/**
 * Parses a message payload at a context boundary, refusing oversized ones before parsing them.
 * Returns a reason instead of throwing so the receiver can log and answer it. Takes classic and
 * mini schemas alike.
 */
export function parseMessage<T>(
  schema: z.core.$ZodType<T>,
  data: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  let size: number;
  try {
    size = JSON.stringify(data)?.length ?? 0;
  } catch {
    return { ok: false, reason: 'not serialisable' };
  }
  if (size > MAX_MESSAGE_BYTES) return { ok: false, reason: `too large (${size} bytes)` };
  const parsed = z.safeParse(schema, data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, reason: z.prettifyError(parsed.error) };
}
