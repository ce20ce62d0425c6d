/** LinkedIn comments as read, turned into items: keys, ownership and the thread-answered rule. */
import type { Author, DetectedItem } from '../../model/detected-item';
import { isWaiting } from '../../model/waiting';
import type { OwnerIdentity } from '../../model/owner';
import { isOwner } from '../owners';
import { answeredUpToLastOwnerReply } from '../thread-answered';

export const COMMENT_KEY_PREFIX = 'linkedin:';

/**
 * Real pages never repeat a comment URN; scrubbed captures do (every digit "1"). The n-th repeat
 * gets `#n` so keys stay unique and stable for the same page; findItemElement reads it back.
 */
export function uniqueKeys() {
  const seen = new Map<string, number>();
  return (urn: string): string => {
    const count = (seen.get(urn) ?? 0) + 1;
    seen.set(urn, count);
    return `${COMMENT_KEY_PREFIX}${urn}${count > 1 ? `#${count}` : ''}`;
  };
}

/** A comment as read from either generation, before ownership and answers are resolved. */
export interface ReadComment {
  key: string;
  threadKey: string;
  author: Author;
  text: string;
  postedAt?: string;
  permalink?: string;
  parentKey?: string;
  ownedThread: boolean;
}

/** Read comments as items: who wrote each, and the thread-answered rule shared by all platforms. */
export function resolveComments(read: ReadComment[], owners: OwnerIdentity[]): DetectedItem[] {
  const byOwner = read.map((comment) => isOwner('linkedin', comment.author, owners));
  const answered = answeredUpToLastOwnerReply(
    read.map((comment, index) => ({
      key: comment.key,
      parentKey: comment.parentKey,
      byOwner: byOwner[index],
    })),
  );
  return read.map(({ ownedThread, ...comment }, index) => {
    const status = { answered: answered[index], byOwner: byOwner[index], ownedThread };
    return {
      platform: 'linkedin',
      kind: 'comment',
      ...withoutUndefined(comment),
      ...status,
      waiting: isWaiting(status),
    };
  });
}

/** Items compare with toEqual and cross message boundaries: absent fields stay absent. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
