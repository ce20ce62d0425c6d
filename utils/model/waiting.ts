import type { DetectedItem } from './detected-item';

/**
 * `waiting` is derived, never guessed: on our thread, not ours, not answered. Apart from the item
 * schema so content scripts can use it without loading Zod's classic build.
 */
export function isWaiting(item: Pick<DetectedItem, 'ownedThread' | 'byOwner' | 'answered'>) {
  return item.ownedThread && !item.byOwner && !item.answered;
}
