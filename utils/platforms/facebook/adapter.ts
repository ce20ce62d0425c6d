import type { DetectedItem } from '../../model/detected-item';
import type { OwnerIdentity } from '../../model/owner';
import { normaliseProfileUrl } from '../owners';
import { runToEnd, type Steps } from '../steps';
import { withOneItemPerKey, type ExtractResult, type PlatformAdapter } from '../types';
import { commentBlockOf, isCommentArticle, postContainerOf } from './comment-structure';
import { extractComments } from './extract-comments';
import { extractMessenger } from './extract-messenger';
import { cleanHref, commentIdsFromHref, profileAddressOf } from './links';
import { conversationIdFromPath, surfaceOf } from './pages';
import {
  BUTTON,
  COMMENT_ARTICLE,
  COMMENT_ID_LINK,
  CONVERSATION_LINK,
  CONVERSATION_ROW,
  MESSAGE_BOX,
  MESSAGE_ROW,
  REPLY_BOX,
  SNAPSHOT_KEEPS,
  YOUR_PROFILE_LABELS,
  YOUR_PROFILE_LINK,
  allWords,
} from './selectors';
import { replySummaryPhrase, squash } from './text';

type ItemRef = Pick<DetectedItem, 'key' | 'threadKey'>;

const COLLAPSED_SUFFIX = ':collapsed';
const LINK = 'a[href]';

const PROFILE_LABELS: ReadonlySet<string> = new Set(allWords(YOUR_PROFILE_LABELS));

/** A name an element shows (text, label or picture alt), unless it is a "Your profile" label. */
function shownName(element: Element): string | undefined {
  for (const candidate of [
    element.textContent,
    element.getAttribute('aria-label'),
    element.getAttribute('alt'),
  ]) {
    const name = squash(candidate ?? '');
    if (name && !PROFILE_LABELS.has(name.toLocaleLowerCase())) return name;
  }
  return undefined;
}

/** The real name the page shows for the signed-in profile's address. */
function nameShownFor(doc: Document, link: Element, address: string): string | undefined {
  const own = [link, ...link.querySelectorAll('img[alt], [aria-label]')];
  for (const element of own) {
    const name = shownName(element);
    if (name) return name;
  }
  for (const other of doc.querySelectorAll(LINK)) {
    if (other === link) continue;
    const href = cleanHref(other.getAttribute('href') ?? '', false);
    if (href === undefined || normaliseProfileUrl(href) !== address) continue;
    const name = shownName(other);
    if (name) return name;
  }
  return undefined;
}

/**
 * The signed-in profile: the address of the "Your profile" link (localised) and the real name
 * the page shows for that address (in the link, or on another link to it such as a post
 * header), never the link's label. Without a name, the address stands in for it: an address
 * never equals a display name, so only the address matches.
 */
function pageOwners(doc: Document, url: URL): OwnerIdentity[] {
  const link = doc.querySelector(YOUR_PROFILE_LINK);
  const href = link?.getAttribute('href');
  const profileUrl = href ? cleanHref(new URL(href, url).toString(), false) : undefined;
  if (!link || !profileUrl) return [];
  const name = nameShownFor(doc, link, normaliseProfileUrl(profileUrl)) ?? profileUrl;
  return [{ platform: 'facebook', name, url: profileUrl, source: 'page' }];
}

/**
 * What a change under `node` asks to rescan: in a post, the block of whole top-level comment
 * threads around it (so a new comment on a post with thousands rescans only its own thread), or
 * the post when the change may alter what the post's comments share (its header, its post id);
 * else the conversation list or the main column.
 */
function threadRootOf(node: Node): Element | null {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return null;
  const container = postContainerOf(element);
  if (container) {
    const block = commentBlockOf(element, container);
    if (!block) return container;
    if (block.querySelector(COMMENT_ARTICLE)) return block;
    // No comment in it: harmless unless it carries links (a post header, a post link).
    return block.matches(LINK) || block.querySelector(LINK) ? container : block;
  }
  return element.closest('[role="navigation"] [role="grid"]') ?? element.closest('[role="main"]');
}

function conversationIdOfKey(key: string): string | undefined {
  return /^facebook:conversation:(.+)$/.exec(key)?.[1];
}

/** The conversation open in the page, from the document's own URL. */
function openConversationId(doc: Document): string | undefined {
  try {
    return conversationIdFromPath(new URL(doc.URL).pathname);
  } catch {
    return undefined;
  }
}

/** The comment article whose own id links name `commentId`. */
function findCommentArticle(doc: Document, commentId: string): Element | null {
  for (const link of doc.querySelectorAll(COMMENT_ID_LINK)) {
    if (commentIdsFromHref(link.getAttribute('href') ?? '')?.commentId !== commentId) continue;
    const article = link.closest(COMMENT_ARTICLE);
    if (article) return article;
  }
  return null;
}

/** The "<Name> replied · N replies" button after a comment, inside its wrapper. */
function findReplySummary(article: Element): Element | null {
  const wrapper = article.parentElement ?? article;
  for (const button of wrapper.querySelectorAll(BUTTON)) {
    if (replySummaryPhrase(button.textContent ?? '')) return button;
  }
  return null;
}

function findItemElement(doc: Document, item: ItemRef): Element | null {
  const conversationId = conversationIdOfKey(item.key);
  if (conversationId) {
    for (const row of doc.querySelectorAll(CONVERSATION_ROW)) {
      const href = row.querySelector(CONVERSATION_LINK)?.getAttribute('href') ?? '';
      if (conversationIdFromPath(href) === conversationId) return row;
    }
    return openConversationId(doc) === conversationId
      ? (doc.querySelector(MESSAGE_ROW)?.closest('[role="main"]') ?? null)
      : null;
  }
  const collapsed = item.key.endsWith(COLLAPSED_SUFFIX);
  const commentId = /^facebook:comment:([^:]+)/.exec(item.key)?.[1];
  if (!commentId) return null;
  const article = findCommentArticle(doc, commentId);
  return collapsed && article ? findReplySummary(article) : article;
}

/**
 * The open Lexical reply box of an item's comment thread: in the wrapper of the comment or of
 * one of the comments it replies to (Facebook opens the box under the top-level comment).
 */
function findReplyBox(doc: Document, item: ItemRef): HTMLElement | null {
  const element = findItemElement(doc, item);
  if (!element) return null;
  const conversationId = conversationIdOfKey(item.key);
  if (conversationId) {
    return openConversationId(doc) === conversationId
      ? doc.querySelector<HTMLElement>(MESSAGE_BOX)
      : null;
  }
  const container = postContainerOf(element);
  for (let el: Element | null = element; el && el !== container; el = el.parentElement) {
    const sibling = el.previousElementSibling;
    const article = isCommentArticle(el) ? el : isCommentArticle(sibling) ? sibling : null;
    const box = article?.parentElement?.querySelector<HTMLElement>(REPLY_BOX);
    if (box) return box;
  }
  return null;
}

function* extractPage(
  root: ParentNode,
  url: URL,
  owners: OwnerIdentity[],
  now: Date,
): Steps<ExtractResult> {
  switch (surfaceOf(url)) {
    case 'facebook-post':
      return yield* extractComments(root, url, owners, now, true);
    case 'facebook-feed':
      return yield* extractComments(root, url, owners, now, false);
    case 'facebook-messenger':
      return extractMessenger(root, url, now);
    case 'facebook-business-inbox':
      return {
        layout: 'unknown',
        reason: 'Meta Business Suite inbox: no stable markup signals are known yet',
      };
    default:
      return { layout: 'unknown', reason: `not a Facebook page Svara reads: ${url.href}` };
  }
}

function* extractSteps(
  root: ParentNode,
  url: URL,
  owners: OwnerIdentity[],
  now: Date,
): Steps<ExtractResult> {
  return withOneItemPerKey(yield* extractPage(root, url, owners, now));
}

export const facebookAdapter: Readonly<PlatformAdapter> = {
  platform: 'facebook',
  snapshotKeeps: SNAPSHOT_KEEPS,
  surfaceOf,
  extract: (root, url, owners, now) => runToEnd(extractSteps(root, url, owners, now)),
  extractSteps,
  profileAddressOf,
  pageOwners,
  threadRootOf,
  findItemElement,
  findReplyBox,
};
