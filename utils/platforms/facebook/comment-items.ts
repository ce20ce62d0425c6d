/**
 * A post's comment records as detected items: ownership, the collapsed reply summaries ("<Name>
 * replied · 3 replies") as items of their own, and the shared thread-answered rule.
 */
import type { DetectedItem } from '../../model/detected-item';
import { isWaiting } from '../../model/waiting';
import type { Steps } from '../steps';
import { answeredUpToLastOwnerReply } from '../thread-answered';
import type { Scan } from './comment-scan';
import { collapsedKey, postKey } from './links';
import type { PostContext } from './post-context';
import type { CommentRecord } from './read-comment';
import { nameFromSummaryPhrase } from './text';

type Author = DetectedItem['author'];

function isDescendantRecord(record: CommentRecord, ancestor: CommentRecord): boolean {
  for (let r = record.parent; r; r = r.parent) if (r === ancestor) return true;
  return false;
}

/** Records turned into items between two pauses. */
const RECORDS_PER_STEP = 256;

/** The items of `records` (one post's, in document order) with the post's context. */
export function* itemsOf(
  records: CommentRecord[],
  context: PostContext,
  scan: Scan,
): Steps<DetectedItem[]> {
  const ownedThread = context.threadAuthor ? scan.isOwnerAuthor(context.threadAuthor) : false;
  const threadKey = postKey(context.postId);
  const items: DetectedItem[] = [];

  const push = (
    author: Author,
    key: string,
    text: string,
    fields: { postedAt?: string; permalink?: string; collapsed?: boolean; parentKey?: string },
  ) => {
    const item: DetectedItem = {
      platform: 'facebook',
      kind: 'comment',
      key,
      threadKey,
      author,
      text,
      answered: false,
      byOwner: scan.isOwnerAuthor(author),
      ownedThread,
      waiting: false,
    };
    if (fields.postedAt) item.postedAt = fields.postedAt;
    if (fields.permalink) item.permalink = fields.permalink;
    if (fields.collapsed) item.collapsed = true;
    if (fields.parentKey) item.parentKey = fields.parentKey;
    items.push(item);
  };

  // Collapsed summaries go after the replies already shown for the same comment.
  const pending: CommentRecord[] = [];
  const flushSummaries = (before: CommentRecord | null) => {
    while (pending.length) {
      const last = pending[pending.length - 1];
      if (before && isDescendantRecord(before, last)) return;
      pending.pop();
      const name = nameFromSummaryPhrase(last.summaryPhrase!, scan.ownerNames);
      push({ name }, collapsedKey(last.key), '', { collapsed: true, parentKey: last.key });
    }
  };
  for (let i = 0; i < records.length; i += 1) {
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
    const record = records[i];
    if (pending.length) flushSummaries(record);
    push(record.author, record.key, record.text, {
      postedAt: record.postedAt,
      permalink: record.permalink,
      parentKey: record.parent?.key,
    });
    if (record.summaryPhrase) pending.push(record);
  }
  flushSummaries(null);
  yield;

  const answered = answeredUpToLastOwnerReply(items);
  items.forEach((item, index) => {
    item.answered = answered[index];
    item.waiting = isWaiting(item);
  });
  return items;
}
