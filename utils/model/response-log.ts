import { z } from 'zod';
import { itemKindSchema, platformSchema } from './detected-item';

export const responseViaSchema = z.enum(['suggestion', 'manual', 'observed', 'dismissed']);

/** One response (or dismissal) to one item: what the stats, CSV export and backup are made of. */
export const responseLogEntrySchema = z.object({
  id: z.number().int().positive().optional(),
  itemKey: z.string().min(1),
  platform: platformSchema,
  kind: itemKindSchema,
  respondedAt: z.iso.datetime(),
  /** From the item's postedAt when the page showed it, else from when Svara first saw it. */
  waitedMs: z.number().int().nonnegative(),
  agent: z.string(),
  via: responseViaSchema,
  templateId: z.string().optional(),
  suggestedText: z.string().optional(),
  sentText: z.string().optional(),
  editDistance: z.number().int().nonnegative().optional(),
  language: z.string().optional(),
  intent: z.string().optional(),
  dismissReason: z.string().optional(),
});
export type ResponseLogEntry = z.infer<typeof responseLogEntrySchema>;
