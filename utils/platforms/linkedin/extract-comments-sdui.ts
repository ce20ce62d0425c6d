import type { Author, DetectedItem } from '../../model/detected-item';
import type { OwnerIdentity } from '../../model/owner';
import type { Steps } from '../steps';
import { isOwner } from '../owners';
import { SDUI, SDUI_COMMENT_KEY_PREFIX } from './selectors';
import { resolveComments, uniqueKeys, type ReadComment } from './items';
import { cleanProfileUrl, commentPermalink, postUrnOfComment } from './links';
import { cleanText, firstText, parseTimeLabel } from './text';

/** Comments read between two pauses (`Steps`); each is read on its own, as it is then. */
const COMMENTS_PER_STEP = 32;

/** True when the newer generation (May 2026 on) is on the page or in this thread. */
export function isSduiGeneration(root: ParentNode): boolean {
  return root.querySelector(`${SDUI.comment}, ${SDUI.fullUpdate}, ${SDUI.feed}`) !== null;
}

/** The outermost feed list item around a node: comments may sit in list items of their own. */
export function sduiPostOf(node: Element): Element | null {
  let post: Element | null = null;
  for (
    let at = node.closest(SDUI.feedPost);
    at;
    at = at.parentElement?.closest(SDUI.feedPost) ?? null
  ) {
    post = at;
  }
  return post;
}

function ownedBy(comment: Element, match: Element): boolean {
  return match.closest(SDUI.comment) === comment;
}

function own(comment: Element, selector: string): Element | null {
  // The comment's own parts precede its nested replies, so the first match is nearly always it.
  const first = comment.querySelector(selector);
  if (!first || ownedBy(comment, first)) return first;
  for (const match of comment.querySelectorAll(selector)) if (ownedBy(comment, match)) return match;
  return null;
}

/**
 * A person is shown by a picture link and a name link to the same profile; the name link's first
 * text is the name (headline and degree follow it). No class or word is needed.
 */
function authorFrom(
  scope: Element,
  pictureLink: Element,
  belongs: (el: Element) => boolean,
): Author {
  const profileUrl = cleanProfileUrl(pictureLink.getAttribute('href'));
  for (const link of scope.querySelectorAll(SDUI.profileLink)) {
    if (link === pictureLink || !belongs(link)) continue;
    if (cleanProfileUrl(link.getAttribute('href')) !== profileUrl) continue;
    const name = firstText(link);
    if (name) return { name, profileUrl };
  }
  return { name: firstText(pictureLink), profileUrl };
}

/** The first text of the comment outside links and body that reads as a relative time. */
function postedAtOf(comment: Element, now: Date): string | undefined {
  const walker = comment.ownerDocument.createTreeWalker(comment, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (!parent || !ownedBy(comment, parent) || parent.closest(`a, ${SDUI.body}`)) continue;
    const postedAt = parseTimeLabel(text.textContent ?? '', now);
    if (postedAt) return postedAt;
  }
  return undefined;
}

function postAuthorIsOwner(scope: ParentNode, owners: OwnerIdentity[]): boolean {
  const update = scope.querySelector(SDUI.fullUpdate);
  const picture = update?.querySelector(SDUI.profileLink);
  if (!update || !picture) return false;
  return isOwner(
    'linkedin',
    authorFrom(update, picture, () => true),
    owners,
  );
}

/**
 * Comments of the newer generation: `componentkey="replaceableComment_<urn>"`, beside the post's
 * `feed-full-update`. A reply is told by its `reply-actor-picture` link; its parent is the comment
 * it is nested in, else the last top-level comment before it in the same post.
 */
export function* extractSduiComments(
  root: ParentNode,
  owners: OwnerIdentity[],
  now: Date,
): Steps<DetectedItem[]> {
  const keyOf = uniqueKeys();
  const keyByElement = new Map<Element, string>();
  const postOwned = new Map<Element | null, boolean>();
  const lastTopLevel = new Map<Element | null, { key: string; urn: string }>();
  const read: ReadComment[] = [];

  const comments = root.querySelectorAll(SDUI.comment);
  for (let i = 0; i < comments.length; i += 1) {
    if (i % COMMENTS_PER_STEP === COMMENTS_PER_STEP - 1) yield;
    const comment = comments[i];
    const urn = comment.getAttribute('componentkey')!.slice(SDUI_COMMENT_KEY_PREFIX.length);
    const picture = own(comment, `${SDUI.commentActor}, ${SDUI.replyActor}`);
    if (!picture) continue; // a placeholder still loading: nothing known about it yet
    const key = keyOf(urn);
    keyByElement.set(comment, key);
    const post = sduiPostOf(comment);
    if (!postOwned.has(post)) postOwned.set(post, postAuthorIsOwner(post ?? root, owners));
    const postUrn = postUrnOfComment(urn);

    let parent: { key: string; urn: string } | undefined;
    if (picture.matches(SDUI.replyActor)) {
      const enclosing = comment.parentElement?.closest(SDUI.comment);
      parent = enclosing
        ? {
            key: keyByElement.get(enclosing)!,
            urn: enclosing.getAttribute('componentkey')!.slice(SDUI_COMMENT_KEY_PREFIX.length),
          }
        : lastTopLevel.get(post);
    } else {
      lastTopLevel.set(post, { key, urn });
    }

    read.push({
      key,
      threadKey: `linkedin:${postUrn ?? urn}`,
      author: authorFrom(comment, picture, (el) => ownedBy(comment, el)),
      text: cleanText(own(comment, SDUI.body)),
      postedAt: postedAtOf(comment, now),
      permalink: postUrn ? commentPermalink(postUrn, urn, parent?.urn) : undefined,
      parentKey: parent?.key,
      ownedThread: postOwned.get(post)!,
    });
  }
  return resolveComments(read, owners);
}
