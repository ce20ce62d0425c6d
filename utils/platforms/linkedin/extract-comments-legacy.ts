import type { DetectedItem } from '../../model/detected-item';
import type { OwnerIdentity } from '../../model/owner';
import type { Steps } from '../steps';
import { isOwner } from '../owners';
import { LEGACY, labelsOf } from './selectors';
import { resolveComments, uniqueKeys, type ReadComment } from './items';
import { cleanProfileUrl, commentPermalink, postUrnOfComment } from './links';
import { cleanText, parseTimeLabel } from './text';

/** Comments read between two pauses (`Steps`); each is read on its own, as it is then. */
const COMMENTS_PER_STEP = 32;

/** True when the older (Ember) comment generation is on the page or in this thread. */
export function isLegacyGeneration(root: ParentNode): boolean {
  return root.querySelector(`${LEGACY.comment}, ${LEGACY.commentsList}`) !== null;
}

/** Selects inside one comment, skipping matches that belong to a reply nested in it. */
function own(comment: Element, selector: string): Element | null {
  // The comment's own parts precede its nested replies, so the first match is nearly always it.
  const first = comment.querySelector(selector);
  if (!first || first.closest('article') === comment) return first;
  for (const match of comment.querySelectorAll(selector)) {
    if (match.closest('article') === comment) return match;
  }
  return null;
}

function postAuthorIsOwner(post: Element, owners: OwnerIdentity[]): boolean {
  const link = post.querySelector(LEGACY.postActorLink);
  if (!link) return false;
  return isOwner(
    'linkedin',
    {
      name: cleanText(link.querySelector(LEGACY.postActorName)),
      profileUrl: cleanProfileUrl(link.getAttribute('href')),
    },
    owners,
  );
}

/**
 * Comments of the older generation (`article.comments-comment-entity`), replies nested inside
 * their parent's article. Replies behind "Load previous replies" are not in the DOM: nothing is
 * emitted for them.
 */
export function* extractLegacyComments(
  root: ParentNode,
  owners: OwnerIdentity[],
  now: Date,
): Steps<DetectedItem[]> {
  const keyOf = uniqueKeys();
  const keyByElement = new Map<Element, string>();
  const postOwned = new Map<Element | null, boolean>();
  const authorBadges = new Set(labelsOf('authorBadge'));
  const read: ReadComment[] = [];
  const ownedThreads = new Set<string>();

  const comments = root.querySelectorAll(LEGACY.comment);
  for (let i = 0; i < comments.length; i += 1) {
    if (i % COMMENTS_PER_STEP === COMMENTS_PER_STEP - 1) yield;
    const comment = comments[i];
    const urn = comment.getAttribute('data-id')!;
    const key = keyOf(urn);
    keyByElement.set(comment, key);
    const post = comment.closest(LEGACY.post);
    if (!postOwned.has(post)) postOwned.set(post, post ? postAuthorIsOwner(post, owners) : false);
    const postUrn = postUrnOfComment(urn) ?? post?.getAttribute('data-urn') ?? undefined;
    const threadKey = `linkedin:${postUrn ?? urn}`;

    const parent = comment.matches(LEGACY.reply)
      ? comment.parentElement?.closest(LEGACY.comment)
      : null;
    const parentKey = parent ? keyByElement.get(parent) : undefined;
    const author = {
      name: cleanText(own(comment, LEGACY.authorName)),
      profileUrl: cleanProfileUrl(own(comment, LEGACY.authorLink)?.getAttribute('href')),
    };
    const badge = cleanText(own(comment, LEGACY.badge));
    // The "Author" badge marks the post author, so an owner wearing it owns the post even when
    // the post header is outside the scanned root.
    if (authorBadges.has(badge) && isOwner('linkedin', author, owners)) ownedThreads.add(threadKey);

    read.push({
      key,
      threadKey,
      author,
      text: cleanText(own(comment, LEGACY.body)),
      postedAt: parseTimeLabel(own(comment, LEGACY.time)?.textContent ?? '', now),
      permalink: postUrn
        ? commentPermalink(postUrn, urn, parent?.getAttribute('data-id') ?? undefined)
        : undefined,
      parentKey,
      ownedThread: postOwned.get(post)!,
    });
  }
  for (const comment of read) comment.ownedThread ||= ownedThreads.has(comment.threadKey);
  return resolveComments(read, owners);
}
