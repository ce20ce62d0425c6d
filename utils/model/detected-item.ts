import { z } from 'zod';

export const platformSchema = z.enum(['facebook', 'linkedin']);
export type Platform = z.infer<typeof platformSchema>;

export const itemKindSchema = z.enum(['comment', 'dm']);
export type ItemKind = z.infer<typeof itemKindSchema>;

/** Page surfaces the adapters know; decided from the URL alone (utils/platforms/<p>/pages.ts). */
export const surfaceSchema = z.enum([
  'facebook-post',
  'facebook-feed',
  'facebook-messenger',
  'facebook-business-inbox',
  'linkedin-post',
  'linkedin-feed',
  'linkedin-company-admin',
  'linkedin-messaging',
]);
export type Surface = z.infer<typeof surfaceSchema>;

// Page text is untrusted and sometimes huge: stored intact up to a generous cap, shown truncated.
export const MAX_TEXT_LENGTH = 200_000;

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

/** `waiting` is derived, never guessed: on our thread, not ours, not answered. */
export function isWaiting(item: Pick<DetectedItem, 'ownedThread' | 'byOwner' | 'answered'>) {
  return item.ownedThread && !item.byOwner && !item.answered;
}
