/**
 * Facebook post comments (feed, permalink, photo/video, post dialog; Pages and profiles).
 * Comments and replies are `role=article` with an aria-label, posts `role=article` without one;
 * replies sit in the wrapper after their comment (2025 capture) or inside it. Everything here is
 * read from structure and link shapes; words come only from the locale tables in selectors.ts.
 */
import { isWaiting, type DetectedItem } from '../../model/detected-item';
import type { OwnerIdentity } from '../../model/owner';
import { isOwner } from '../owners';
import { parseRelativeTime } from '../relative-time';
import type { ExtractResult } from '../types';
import {
  cleanHref,
  collapsedKey,
  commentIdsFromHref,
  commentKey,
  contentHash,
  postKey,
} from './links';
import { postIdFromUrl } from './pages';
import {
  AUTHOR_BADGE_WORDS,
  BUTTON,
  COMMENT_ARTICLE,
  COMMENT_ID_LINK,
  EXPLICIT_TIME,
  POST_ARTICLE,
  POST_AUTHOR_LINK,
  POST_DIALOG,
  POST_HEADER_LINK,
  TEXT_BLOCK,
  allWords,
} from './selectors';
import {
  nameFromCommentLabel,
  nameFromSummaryPhrase,
  replySummaryPhrase,
  squash,
  trailingRelativeTime,
} from './text';

const AUTHOR_BADGES = new Set(allWords(AUTHOR_BADGE_WORDS));
const LINK = 'a[href]';
const MAX_TIME_LABEL = 24;
const PART = [LINK, BUTTON, TEXT_BLOCK, EXPLICIT_TIME].join(', ');

type Author = DetectedItem['author'];

/** A comment or reply as read from its article, before thread-level facts are known. */
interface CommentRecord {
  article: Element;
  parent: CommentRecord | null;
  key: string;
  postId?: string;
  author: Author;
  text: string;
  postedAt?: string;
  permalink?: string;
  hasAuthorBadge: boolean;
  /** Candidates for the collapsed reply summary inside the comment itself. */
  summaryButtons: Element[];
}

/** An item in document order with the top-level comment whose thread it belongs to. */
interface Entry {
  topLevelKey: string;
  author: Author;
  byOwner: boolean;
  fields: Pick<DetectedItem, 'key' | 'text' | 'postedAt' | 'permalink' | 'collapsed' | 'parentKey'>;
}

export function isCommentArticle(el: Element | null): boolean {
  return el !== null && el.getAttribute('role') === 'article' && el.hasAttribute('aria-label');
}

/** The parts of one comment the extractor reads. */
interface OwnParts {
  links: Element[];
  buttons: Element[];
  /** `[dir=auto]` blocks outside links and buttons: the body, its paragraphs, link previews. */
  textBlocks: Element[];
  explicitTimes: Element[];
}

/**
 * The links, buttons, text blocks and times of `scope` that belong to `owner` (a comment, or
 * none) rather than to a comment nested in it. One native query, and `closest()` only where
 * nesting or links make it necessary: a full scan must stay within 3× a bare query and
 * textContent pass (DESIGN.md §8).
 */
function collectParts(scope: Element, owner: Element | null, hasNestedComments: boolean): OwnParts {
  const parts: OwnParts = { links: [], buttons: [], textBlocks: [], explicitTimes: [] };
  for (const el of scope.querySelectorAll(PART)) {
    if (hasNestedComments && el.closest(COMMENT_ARTICLE) !== owner) continue;
    if (el.matches(LINK)) parts.links.push(el);
    else if (el.matches(BUTTON)) parts.buttons.push(el);
    else if (el.matches(TEXT_BLOCK)) {
      if (!el.closest(`a, ${BUTTON}`)) parts.textBlocks.push(el);
    } else parts.explicitTimes.push(el);
  }
  return parts;
}

/**
 * The post (outermost article without aria-label) or dialog a node belongs to; null for a
 * permalink page whose comments sit outside both.
 */
export function postContainerOf(node: Element): Element | null {
  let post = node.closest(POST_ARTICLE);
  for (let outer = post?.parentElement?.closest(POST_ARTICLE); outer;) {
    post = outer;
    outer = outer.parentElement?.closest(POST_ARTICLE);
  }
  return post ?? node.closest(POST_DIALOG);
}

/**
 * The comment a reply answers: the labelled article it is nested in, or the one just before the
 * wrapper that holds it (2025 capture: `<div><article/><div>replies…</div></div>`).
 */
function parentArticleOf(article: Element, container: Element | null): Element | null {
  for (let el = article.parentElement; el && el !== container; el = el.parentElement) {
    if (isCommentArticle(el)) return el;
    const sibling = el.previousElementSibling;
    if (isCommentArticle(sibling)) return sibling;
  }
  return null;
}

function authorLinkOf(links: Element[], label: string): Element | undefined {
  // The name link's text is part of the label ("Comment by <Name> …") in every UI language.
  return links.find((a) => {
    const text = squash(a.textContent ?? '');
    return text !== '' && label.includes(text);
  });
}

function explicitTimeOf(parts: OwnParts): string | undefined {
  const el = parts.explicitTimes[0];
  if (!el) return undefined;
  const utime = el.getAttribute('data-utime');
  const date = utime ? new Date(Number(utime) * 1000) : new Date(el.getAttribute('datetime') ?? '');
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Text of a comment body: paragraphs joined by newlines, "See more" buttons left out. */
function bodyText(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.textContent;
    else if (child.nodeType === 1) {
      const element = child as Element;
      if (element.getAttribute('role') === 'button') continue;
      const isBlock = element.tagName === 'DIV';
      if (isBlock && text !== '' && !text.endsWith('\n')) text += '\n';
      text += bodyText(element);
      if (isBlock) text += '\n';
    }
  }
  return text;
}

/** The longest `[dir=auto]` block outside links and buttons: the comment text (SIGNALS.md). */
function commentTextOf(parts: OwnParts): string {
  let best: Element | undefined;
  let bestLength = 0;
  for (const block of parts.textBlocks) {
    if (best?.contains(block)) continue;
    const length = block.textContent?.length ?? 0;
    if (length > bestLength) {
      best = block;
      bestLength = length;
    }
  }
  if (!best) return '';
  return bodyText(best).split('\n').map(squash).filter(Boolean).join('\n');
}

function readComment(
  article: Element,
  parent: CommentRecord | null,
  hasNestedReplies: boolean,
  now: Date,
  parseTime: TimeParser,
): CommentRecord {
  const label = article.getAttribute('aria-label') ?? '';
  const parts = collectParts(article, article, hasNestedReplies);
  const commentIdLinks = parts.links.filter((link) => link.matches(COMMENT_ID_LINK));
  const authorLink = authorLinkOf(parts.links, label);
  const author: Author = authorLink
    ? {
        name: squash(authorLink.textContent ?? ''),
        profileUrl: cleanHref(authorLink.getAttribute('href') ?? '', false),
      }
    : { name: nameFromCommentLabel(label, now) ?? '' };

  let ids: ReturnType<typeof commentIdsFromHref>;
  let postId: string | undefined;
  let timeLink: Element | undefined;
  let relative: string | undefined;
  for (const link of commentIdLinks) {
    const linkIds = commentIdsFromHref(link.getAttribute('href') ?? '');
    if (!linkIds) continue;
    ids ??= linkIds;
    postId ??= linkIds.postId;
    const linkText = link.textContent ?? '';
    // Time labels are short ("1w", "2 tim"); names and empty avatar links are not parsed.
    const mayBeTime = linkText !== '' && linkText.length <= MAX_TIME_LABEL && link !== authorLink;
    if (!timeLink && mayBeTime) {
      relative = parseTime(linkText);
      if (relative) timeLink = link;
    }
  }
  const text = commentTextOf(parts);
  const permalinkSource = timeLink ?? commentIdLinks.at(-1);
  const hasAuthorBadge = parts.buttons.some((button) =>
    AUTHOR_BADGES.has(squash(button.textContent ?? '').toLocaleLowerCase()),
  );
  return {
    article,
    parent,
    key: commentKey(ids?.commentId ?? contentHash(`${author.name}\n${text}`)),
    postId,
    author,
    text,
    postedAt: explicitTimeOf(parts) ?? relative ?? trailingRelativeTime(label, now)?.postedAt,
    permalink: permalinkSource
      ? cleanHref(permalinkSource.getAttribute('href') ?? '', true)
      : undefined,
    hasAuthorBadge,
    summaryButtons: parts.buttons,
  };
}

/**
 * The "<Name> replied · N replies" button standing for a comment's hidden replies: inside the
 * comment or after it in its wrapper, not inside any of its replies.
 */
function replySummaryOf(record: CommentRecord): string | null {
  const candidates = [...record.summaryButtons];
  const enclosing = record.article.parentElement?.closest(COMMENT_ARTICLE) ?? null;
  for (
    let sibling = record.article.nextElementSibling;
    sibling;
    sibling = sibling.nextElementSibling
  ) {
    if (isCommentArticle(sibling)) break;
    if (sibling.matches(BUTTON)) candidates.push(sibling);
    else {
      const hasReplies = sibling.querySelector(COMMENT_ARTICLE) !== null;
      candidates.push(...collectParts(sibling, enclosing, hasReplies).buttons);
    }
  }
  for (const button of candidates) {
    const text = button.textContent ?? '';
    // Most buttons ("Like", "Reply", badges) lack the middle dot: skip them before the regex.
    const phrase = /[·•]/.test(text) ? replySummaryPhrase(text) : null;
    if (phrase) return phrase;
  }
  return null;
}

/** The post header's author link; the header comes before the comments, so the first match. */
function postAuthorOf(container: Element | null): Author | undefined {
  const link =
    container?.querySelector(POST_AUTHOR_LINK) ?? container?.querySelector(POST_HEADER_LINK);
  if (!link || link.closest(COMMENT_ARTICLE)) return undefined;
  const name = squash(link.textContent ?? '');
  return name ? { name, profileUrl: cleanHref(link.getAttribute('href') ?? '', false) } : undefined;
}

/** Post id from a comment id, the page URL (post pages only) or a link in the post header. */
function postIdOf(
  records: CommentRecord[],
  container: Element | null,
  url: URL,
  isSinglePost: boolean,
): string {
  const fromComment = records.find((r) => r.postId)?.postId;
  if (fromComment) return fromComment;
  if (isSinglePost) {
    const fromUrl = postIdFromUrl(url);
    if (fromUrl) return fromUrl;
  }
  for (const link of container?.querySelectorAll('a[href]') ?? []) {
    if (link.closest(COMMENT_ARTICLE)) continue;
    try {
      const id = postIdFromUrl(new URL(link.getAttribute('href') ?? '', url));
      if (id) return id;
    } catch {
      // Not a URL: keep looking.
    }
  }
  return contentHash(records.map((r) => r.key).join(' '));
}

type OwnerCheck = (author: Author) => boolean;
type TimeParser = (label: string) => string | undefined;

/** `parseRelativeTime` remembered per label: a page shows the same few ("1w", "2 h") everywhere. */
function timeParser(now: Date): TimeParser {
  const known = new Map<string, string | undefined>();
  return (label) => {
    if (!known.has(label)) known.set(label, parseRelativeTime(squash(label), now));
    return known.get(label);
  };
}

/** `isOwner` remembered per author: the same few people write most comments on a page. */
function ownerCheck(owners: OwnerIdentity[]): OwnerCheck {
  const known = new Map<string, boolean>();
  return (author) => {
    const id = `${author.name}\n${author.profileUrl ?? ''}`;
    let result = known.get(id);
    if (result === undefined) {
      result = isOwner('facebook', author, owners);
      known.set(id, result);
    }
    return result;
  };
}

function extractThread(
  container: Element | null,
  articles: Element[],
  url: URL,
  owners: OwnerIdentity[],
  isOwnerAuthor: OwnerCheck,
  now: Date,
  parseTime: TimeParser,
  isSinglePost: boolean,
): DetectedItem[] {
  const ownerNames = owners.filter((o) => o.platform === 'facebook').map((o) => o.name);
  const byArticle = new Map<Element, CommentRecord>();
  const entries: Entry[] = [];
  const records: CommentRecord[] = [];
  articles.forEach((article, index) => {
    const parentArticle = parentArticleOf(article, container);
    const parent = (parentArticle && byArticle.get(parentArticle)) ?? null;
    // In document order, a nested reply is the next article and inside this one.
    const next = articles[index + 1];
    const hasNestedReplies = next !== undefined && article.contains(next);
    const record = readComment(article, parent, hasNestedReplies, now, parseTime);
    byArticle.set(article, record);
    records.push(record);
  });

  const postAuthor = postAuthorOf(container);
  const badgeAuthor = records.find((r) => r.hasAuthorBadge)?.author;
  const threadAuthor = postAuthor ?? badgeAuthor;
  const ownedThread = threadAuthor ? isOwnerAuthor(threadAuthor) : false;
  const threadKey = postKey(postIdOf(records, container, url, isSinglePost));

  // Collapsed summaries go after the replies already shown for the same comment.
  const pendingSummaries: { record: CommentRecord; phrase: string }[] = [];
  const flushSummaries = (before: CommentRecord | null) => {
    while (pendingSummaries.length) {
      const last = pendingSummaries[pendingSummaries.length - 1];
      if (before && isDescendantRecord(before, last.record)) return;
      pendingSummaries.pop();
      const name = nameFromSummaryPhrase(last.phrase, ownerNames);
      const author = { name };
      entries.push({
        topLevelKey: topLevelOf(last.record).key,
        author,
        byOwner: isOwnerAuthor(author),
        fields: {
          key: collapsedKey(last.record.key),
          text: '',
          collapsed: true,
          parentKey: last.record.key,
        },
      });
    }
  };
  for (const record of records) {
    flushSummaries(record);
    entries.push({
      topLevelKey: topLevelOf(record).key,
      author: record.author,
      byOwner: isOwnerAuthor(record.author),
      fields: {
        key: record.key,
        text: record.text,
        postedAt: record.postedAt,
        permalink: record.permalink,
        parentKey: record.parent?.key,
      },
    });
    const phrase = replySummaryOf(record);
    if (phrase) pendingSummaries.push({ record, phrase });
  }
  flushSummaries(null);

  // A comment thread is answered up to the last owner reply in it; later ones wait again.
  const lastOwnerIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (entry.byOwner) lastOwnerIndex.set(entry.topLevelKey, index);
  });
  return entries.map((entry, index) => {
    const answered = index < (lastOwnerIndex.get(entry.topLevelKey) ?? -1);
    const item: DetectedItem = {
      platform: 'facebook',
      kind: 'comment',
      key: entry.fields.key,
      threadKey,
      author: entry.author,
      text: entry.fields.text,
      answered,
      byOwner: entry.byOwner,
      ownedThread,
      waiting: isWaiting({ ownedThread, byOwner: entry.byOwner, answered }),
    };
    if (entry.fields.postedAt) item.postedAt = entry.fields.postedAt;
    if (entry.fields.permalink) item.permalink = entry.fields.permalink;
    if (entry.fields.collapsed) item.collapsed = true;
    if (entry.fields.parentKey) item.parentKey = entry.fields.parentKey;
    return item;
  });
}

function topLevelOf(record: CommentRecord): CommentRecord {
  let top = record;
  while (top.parent) top = top.parent;
  return top;
}

function isDescendantRecord(record: CommentRecord, ancestor: CommentRecord): boolean {
  for (let r = record.parent; r; r = r.parent) if (r === ancestor) return true;
  return false;
}

/**
 * All comments under `root` (a document, or one post/dialog for an incremental rescan), grouped
 * by post. `isSinglePost` lets the page URL name the post when comments carry no post id.
 */
export function extractComments(
  root: ParentNode,
  url: URL,
  owners: OwnerIdentity[],
  now: Date,
  isSinglePost: boolean,
): ExtractResult {
  const articles = [...root.querySelectorAll(COMMENT_ARTICLE)];
  // No `instanceof Element`: the CLI's DOM (happy-dom) is not the global one.
  const rootElement = (root as Node).nodeType === 1 ? (root as Element) : null;
  const rootIsThread = rootElement?.matches(`${POST_ARTICLE}, ${POST_DIALOG}`) ?? false;
  if (articles.length === 0 && !rootIsThread && !root.querySelector(POST_ARTICLE)) {
    return {
      layout: 'unknown',
      reason: 'no post or comment articles (role="article") found on a post page',
    };
  }
  const threads = new Map<Element | null, Element[]>();
  for (const article of articles) {
    const container = postContainerOf(article);
    const thread = threads.get(container);
    if (thread) thread.push(article);
    else threads.set(container, [article]);
  }
  const isOwnerAuthor = ownerCheck(owners);
  const items = [...threads].flatMap(([container, threadArticles]) =>
    extractThread(
      container,
      threadArticles,
      url,
      owners,
      isOwnerAuthor,
      now,
      timeParser(now),
      isSinglePost,
    ),
  );
  return { layout: 'recognised', items };
}
