import { z } from 'zod';
import { detectedItemSchema } from './detected-item';

export const itemStatusSchema = z.enum(['waiting', 'answered', 'dismissed', 'escalated']);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

export const dismissReasonSchema = z.enum(['spam', 'no-reply-needed', 'handled-elsewhere']);
export type DismissReason = z.infer<typeof dismissReasonSchema>;

/** A suggestion the user put into the reply box; consumed when the reply is observed. */
export const pendingSuggestionSchema = z.object({
  templateId: z.string().optional(),
  suggestedText: z.string(),
  filledAt: z.iso.datetime(),
  agent: z.string(),
});

/** An item as stored: what the page showed, plus what Svara and the team know about it. */
export const itemSchema = detectedItemSchema.extend({
  status: itemStatusSchema,
  firstSeenAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().optional(),
  assignee: z.string().max(200).optional(),
  dismissReason: dismissReasonSchema.optional(),
  language: z.string().max(10).optional(),
  intent: z.string().max(40).optional(),
  sentiment: z.enum(['negative', 'neutral', 'positive']).optional(),
  pendingSuggestion: pendingSuggestionSchema.optional(),
});
export type Item = z.infer<typeof itemSchema>;
