import { z } from 'zod';
import { SURFACES, type Surface } from '../platforms/platforms';
import { platformSchema } from './platform';

export { platformSchema, type Platform } from './platform';
export type { Surface };
export { isWaiting } from './waiting';

export const itemKindSchema = z.enum(['comment', 'dm']);
export type ItemKind = z.infer<typeof itemKindSchema>;

/** Page surfaces the platforms know; decided from the URL alone (utils/platforms/<p>/pages.ts). */
export const surfaceSchema = z.enum(SURFACES);

// Page text is untrusted and sometimes huge: stored intact up to a generous cap, shown truncated.
export const MAX_TEXT_LENGTH = 200_000;

/** `text` cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair. */
export function truncateText(text: string, max = MAX_TEXT_LENGTH): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const endsInHighSurrogate = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, endsInHighSurrogate ? max - 1 : max);
}

export const authorSchema = z.object({
  name: z.string().max(1_000),
  profileUrl: z.string().max(4_000).optional(),
});
export type Author = z.infer<typeof authorSchema>;

export const detectedItemSchema = z.object({
  platform: platformSchema,
  kind: itemKindSchema,
  /** Stable across rescans and reloads: a native id (comment URN, comment_id, conversation id). */
  key: z.string().min(1).max(2_000),
  /** The post or conversation the item belongs to. */
  threadKey: z.string().min(1).max(2_000),
  author: authorSchema,
  text: z.string().max(MAX_TEXT_LENGTH),
  /** The page's text was longer than MAX_TEXT_LENGTH; `text` is its beginning. */
  truncated: z.boolean().optional(),
  postedAt: z.iso.datetime({ offset: true }).optional(),
  permalink: z.string().max(4_000).optional(),
  answered: z.boolean(),
  byOwner: z.boolean(),
  ownedThread: z.boolean(),
  waiting: z.boolean(),
  /** Stands for replies hidden behind a "<Name> replied · N replies" summary. */
  collapsed: z.boolean().optional(),
  /** Key of the comment this one replies to, when it is a reply. */
  parentKey: z.string().max(2_000).optional(),
});
export type DetectedItem = z.infer<typeof detectedItemSchema>;

/**
 * An item as a content script reports it: text over the cap is kept cut and marked, so one
 * giant comment never costs a scan its neighbours (the message size cap still bounds the whole).
 */
export const reportedItemSchema = detectedItemSchema
  .extend({ text: z.string() })
  .transform((item): DetectedItem =>
    item.text.length > MAX_TEXT_LENGTH
      ? { ...item, text: truncateText(item.text), truncated: true }
      : item,
  );
