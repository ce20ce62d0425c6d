/**
 * Facebook post comments (feed, permalink, photo/video, post dialog; Pages and profiles).
 * Comments and replies are `role=article` with an aria-label, posts `role=article` without one;
 * replies sit in the wrapper after their comment (2025 capture) or inside it. Everything here is
 * read from structure and link shapes; words come only from the locale tables in selectors.ts.
 *
 * Speed (DESIGN.md §8: a full scan within 3× a bare query + textContent pass; an incremental rescan
 * independent of the post's size): one native query for the comment articles, then one hand walk
 * per comment over its own elements with plain property and attribute reads (no `closest`,
 * `matches` or per-comment query), and ids, URLs and owner checks decoded only where needed. A
 * rescan of one comment thread (`commentBlockOf`) reads only that thread and takes the post's
 * facts (thread key, post author) from the last full read of the post.
 */
import { isWaiting, type DetectedItem } from '../../model/detected-item';
import type { OwnerIdentity } from '../../model/owner';
import { ownerMatcher } from '../owners';
import { parseRelativeTime } from '../relative-time';
import type { ExtractResult } from '../types';
import {
  cleanHref,
  collapsedKey,
  commentIdsFromHref,
  commentKey,
  contentHash,
  postKey,
  type CommentIds,
} from './links';
import { postIdFromUrl } from './pages';
import {
  AUTHOR_BADGE_WORDS,
  BUTTON,
  COMMENT_ARTICLE,
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
const MAX_TIME_LABEL = 24;
// `comment_id=` in an href: the COMMENT_ID_LINK selector, as a substring test.
const COMMENT_ID_MARK = 'comment_id=';

type Author = DetectedItem['author'];

/** A comment or reply as read from its article, before thread-level facts are known. */
interface CommentRecord {
  article: Element;
  parent: CommentRecord | null;
  /** The top-level comment whose thread this one belongs to (itself when top-level). */
  top: CommentRecord;
  key: string;
  postId?: string;
  author: Author;
  text: string;
  postedAt?: string;
  permalink?: string;
  hasAuthorBadge: boolean;
  /** "<Name> replied" of the collapsed reply summary inside or after the comment. */
  summaryPhrase: string | null;
}

export function isCommentArticle(el: Element | null): boolean {
  return el !== null && el.getAttribute('role') === 'article' && el.hasAttribute('aria-label');
}

/** Facts that repeat across the comments of one extraction, remembered for its duration. */
interface Scan {
  now: Date;
  /** The page's UI language (`<html lang>`): a few time units depend on it. */
  language: string;
  isOwnerAuthor: (author: Author) => boolean;
  ownerNames: string[];
  /** `parseRelativeTime` per label: a page shows the same few ("1w", "2 h") everywhere. */
  times: Map<string, string | undefined>;
  /** Whether a button text is an identity badge ("Author"), per text. */
  badges: Map<string, boolean>;
  parts: PartIndex;
}

function newScan(root: ParentNode, articles: Element[], owners: OwnerIdentity[], now: Date): Scan {
  return {
    parts: indexParts(root, articles),
    now,
    language: pageLanguage(root),
    isOwnerAuthor: ownerMatcher('facebook', owners),
    ownerNames: owners.filter((o) => o.platform === 'facebook').map((o) => o.name),
    times: new Map(),
    badges: new Map(),
  };
}

function pageLanguage(root: ParentNode): string {
  const node = root as Node;
  const document = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return document?.documentElement?.lang ?? '';
}

function parseTime(scan: Scan, label: string): string | undefined {
  let parsed = scan.times.get(label);
  if (parsed === undefined && !scan.times.has(label)) {
    parsed = parseRelativeTime(squash(label), scan.now, scan.language);
    scan.times.set(label, parsed);
  }
  return parsed;
}

function isBadge(scan: Scan, text: string): boolean {
  let badge = scan.badges.get(text);
  if (badge === undefined) {
    badge = AUTHOR_BADGES.has(squash(text).toLocaleLowerCase());
    scan.badges.set(text, badge);
  }
  return badge;
}

// The parts of the comment being read, reused from comment to comment (no per-comment arrays).
const links: Element[] = [];
const hrefs: string[] = [];
const buttons: Element[] = [];
const textBlocks: Element[] = [];
const linkTexts: (string | null)[] = [];

/** The text of link `i` of the comment being read, read from the page once. */
function linkTextOf(i: number): string {
  let text = linkTexts[i];
  if (text === null || text === undefined) {
    text = links[i].textContent ?? '';
    linkTexts[i] = text;
  }
  return text;
}

/**
 * The elements of one extraction's root that may be parts of a comment, found with one native
 * query per kind (cheap: reading attributes element by element costs far more), and looked up by
 * identity while walking each comment.
 */
interface PartIndex {
  /** Comment articles: a walk steps around a nested one. */
  articles: Set<Element>;
  buttons: Set<Element>;
  textBlocks: Set<Element>;
  /** Explicit times; null when there are none (the usual case). */
  times: Set<Element> | null;
}

/** The elements of a query result in a set; indexed reads, cheaper here than its iterator. */
function setOf(list: NodeListOf<Element> | HTMLCollectionOf<Element>, into = new Set<Element>()) {
  for (let i = 0; i < list.length; i += 1) into.add(list[i]);
  return into;
}

function indexParts(root: ParentNode, articles: Element[]): PartIndex {
  // One simple selector per query: Chromium answers those far faster than a selector list.
  let times: Set<Element> | null = null;
  const utimes = root.querySelectorAll('[data-utime]');
  if (utimes.length > 0) times = setOf(utimes);
  const timeTags =
    'getElementsByTagName' in root
      ? (root as Element | Document).getElementsByTagName('time')
      : (root as ParentNode).querySelectorAll('time');
  for (let i = 0; i < timeTags.length; i += 1) {
    if (timeTags[i].hasAttribute('datetime')) (times ??= new Set()).add(timeTags[i]);
  }
  return {
    articles: new Set(articles),
    buttons: setOf(root.querySelectorAll(BUTTON)),
    textBlocks: setOf(root.querySelectorAll(TEXT_BLOCK)),
    times,
  };
}

/**
 * Collects the links (`a[href]`), buttons (`[role=button]`) and text blocks (`[dir=auto]` outside
 * links and buttons: the body, its paragraphs, link previews) of `article` that belong to it
 * rather than to a comment nested in it, in document order, into the arrays above; returns its
 * first explicit time element. One pass over its elements reading only tag names and hrefs; a
 * comment with replies nested inside it is walked around them instead.
 * (Comments never sit inside a link or button; one that did would keep its text blocks.)
 */
function collectOwnParts(article: Element, index: PartIndex): Element | undefined {
  links.length = 0;
  hrefs.length = 0;
  buttons.length = 0;
  textBlocks.length = 0;
  let firstTime: Element | undefined;
  // The outermost `a` or button passed last: text blocks inside it are not the body.
  let shield: Element | null = null;
  const all = article.getElementsByTagName('*');
  for (let i = 0, count = all.length; i < count; i += 1) {
    const el = all[i];
    if (index.articles.has(el)) return walkOwnParts(article, index);
    const isLink = el.localName === 'a';
    const isButton = index.buttons.has(el);
    const isBlock = !isLink && !isButton && index.textBlocks.has(el);
    if (shield !== null && (isLink || isButton || isBlock) && !shield.contains(el)) shield = null;
    const href = isLink ? el.getAttribute('href') : null;
    if (href !== null) {
      links.push(el);
      hrefs.push(href);
    } else if (isButton) {
      buttons.push(el);
    } else if (isBlock) {
      if (shield === null) textBlocks.push(el);
    } else if (index.times?.has(el) && !index.textBlocks.has(el)) {
      firstTime ??= el;
    }
    if (shield === null && (isLink || isButton)) shield = el;
  }
  return firstTime;
}

/** `collectOwnParts` for a comment with nested replies: a walk that steps around them. */
function walkOwnParts(article: Element, index: PartIndex): Element | undefined {
  links.length = 0;
  hrefs.length = 0;
  buttons.length = 0;
  textBlocks.length = 0;
  let firstTime: Element | undefined;
  // The outermost `a` or button being walked through: text blocks inside it are not the body.
  let shield: Element | null = null;
  let el: Element | null = article.firstElementChild;
  while (el) {
    let descend = true;
    if (index.articles.has(el)) {
      descend = false; // A nested reply: its parts are its own.
    } else {
      const isLink = el.localName === 'a';
      const href = isLink ? el.getAttribute('href') : null;
      const isButton = index.buttons.has(el);
      if (href !== null) {
        links.push(el);
        hrefs.push(href);
      } else if (isButton) {
        buttons.push(el);
      } else if (index.textBlocks.has(el)) {
        if (shield === null && !isLink) textBlocks.push(el);
      } else if (index.times?.has(el)) {
        firstTime ??= el;
      }
      if (shield === null && (isLink || isButton)) shield = el;
    }
    const child = descend ? el.firstElementChild : null;
    if (child) {
      el = child;
      continue;
    }
    let current: Element = el;
    el = null;
    while (current !== article) {
      if (current === shield) shield = null;
      const sibling = current.nextElementSibling;
      if (sibling) {
        el = sibling;
        break;
      }
      current = current.parentElement!;
    }
  }
  return firstTime;
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
function parentArticleOf(
  article: Element,
  container: Element | null,
  /** The answer for elements passed on earlier climbs: comments share their upper levels. */
  known: Map<Element, Element | null>,
): Element | null {
  let found: Element | null = null;
  passed.length = 0;
  for (let el = article.parentElement; el && el !== container; el = el.parentElement) {
    const answer = known.get(el);
    if (answer !== undefined) {
      found = answer;
      break;
    }
    if (isCommentArticle(el)) {
      found = el;
      break;
    }
    const sibling = el.previousElementSibling;
    if (isCommentArticle(sibling)) {
      found = sibling;
      break;
    }
    passed.push(el);
  }
  for (const el of passed) known.set(el, found);
  return found;
}
const passed: Element[] = [];

/**
 * The smallest element around `element`, below `container`, that holds whole top-level comment
 * threads: it and every element above it up to the container neither is nor follows a comment, so
 * no comment inside it answers one outside and none outside answers one inside (`parentArticleOf`).
 * Null when there is none, e.g. for the container itself.
 */
export function commentBlockOf(element: Element, container: Element): Element | null {
  let block: Element | null = null;
  for (let el: Element | null = element; el && el !== container; el = el.parentElement) {
    if (isCommentArticle(el) || isCommentArticle(el.previousElementSibling)) block = null;
    else block ??= el;
  }
  return block;
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

/** The longest text block (SIGNALS.md) as lines; the first of equally long ones wins. */
function commentText(): string {
  let best: Element | undefined;
  let bestLength = 0;
  for (const block of textBlocks) {
    if (best?.contains(block)) continue;
    const length = block.textContent?.length ?? 0;
    if (length > bestLength) {
      best = block;
      bestLength = length;
    }
  }
  if (!best) return '';
  const body = bodyText(best);
  if (!body.includes('\n')) return squash(body);
  return body.split('\n').map(squash).filter(Boolean).join('\n');
}

/** "<Name> replied" when a button reads "<Name> replied · N replies". */
function summaryPhraseOf(button: Element): string | null {
  const text = button.textContent ?? '';
  // Most buttons ("Like", "Reply", badges) lack the middle dot: skip them before the regex.
  return text.includes('·') || text.includes('•') ? replySummaryPhrase(text) : null;
}

/**
 * The reply summary after a comment in its wrapper, up to the next comment: a button sibling or a
 * button inside a sibling, not inside any of the replies shown there.
 */
function summaryAfter(article: Element): string | null {
  for (let sibling = article.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    const role = sibling.getAttribute('role');
    if (role === 'article' && sibling.hasAttribute('aria-label')) break;
    if (role === 'button') {
      const phrase = summaryPhraseOf(sibling);
      if (phrase) return phrase;
      continue;
    }
    let el: Element | null = sibling.firstElementChild;
    while (el) {
      const elRole = el.getAttribute('role');
      let descend = true;
      if (elRole === 'article' && el.hasAttribute('aria-label')) descend = false;
      else if (elRole === 'button' && !(el.localName === 'a' && el.hasAttribute('href'))) {
        const phrase = summaryPhraseOf(el);
        if (phrase) return phrase;
      }
      const child = descend ? el.firstElementChild : null;
      if (child) {
        el = child;
        continue;
      }
      let current: Element = el;
      el = null;
      while (current !== sibling) {
        const next = current.nextElementSibling;
        if (next) {
          el = next;
          break;
        }
        current = current.parentElement!;
      }
    }
  }
  return null;
}

function explicitTimeOf(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const utime = el.getAttribute('data-utime');
  const date = utime ? new Date(Number(utime) * 1000) : new Date(el.getAttribute('datetime') ?? '');
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function readComment(article: Element, parent: CommentRecord | null, scan: Scan): CommentRecord {
  const label = article.getAttribute('aria-label') ?? '';
  const explicitTime = collectOwnParts(article, scan.parts);

  // The name link's text is part of the label ("Comment by <Name> …") in every UI language.
  let authorIndex = -1;
  let authorName = '';
  linkTexts.length = links.length;
  linkTexts.fill(null);
  for (let i = 0; i < links.length; i += 1) {
    const raw = linkTextOf(i);
    if (raw === '') continue;
    const text = squash(raw);
    if (text !== '' && label.includes(text)) {
      authorIndex = i;
      authorName = text;
      break;
    }
  }
  const author: Author =
    authorIndex >= 0
      ? { name: authorName, profileUrl: cleanHref(hrefs[authorIndex], false) }
      : { name: nameFromCommentLabel(label, scan.now, scan.language) ?? '' };

  // Comment-id links: the first valid one names the comment (and often the post); the first short
  // one whose text is a relative time is the time link. Ids are decoded only while still needed.
  let ids: CommentIds | undefined;
  let postId: string | undefined;
  let timeIndex = -1;
  let lastIdIndex = -1;
  let relative: string | undefined;
  let decodedHref: string | undefined;
  let decoded: CommentIds | undefined;
  for (let i = 0; i < links.length; i += 1) {
    const href = hrefs[i];
    if (!href.includes(COMMENT_ID_MARK)) continue;
    lastIdIndex = i;
    let time: string | undefined;
    if (timeIndex < 0 && i !== authorIndex) {
      // Time labels are short ("1w", "2 tim"); names and empty avatar links are not parsed.
      const linkText = linkTextOf(i);
      if (linkText !== '' && linkText.length <= MAX_TIME_LABEL) {
        time = parseTime(scan, linkText) || undefined;
      }
    }
    if (time === undefined && ids !== undefined && postId !== undefined) continue;
    if (href !== decodedHref) {
      decodedHref = href;
      decoded = commentIdsFromHref(href);
    }
    if (!decoded) continue;
    ids ??= decoded;
    postId ??= decoded.postId;
    if (time !== undefined) {
      relative = time;
      timeIndex = i;
    }
  }

  let hasAuthorBadge = false;
  let summaryPhrase: string | null = null;
  for (const button of buttons) {
    const text = button.textContent ?? '';
    if (!hasAuthorBadge && isBadge(scan, text)) hasAuthorBadge = true;
    if (summaryPhrase === null && (text.includes('·') || text.includes('•'))) {
      summaryPhrase = replySummaryPhrase(text);
    }
  }
  const text = commentText();
  const permalinkIndex = timeIndex >= 0 ? timeIndex : lastIdIndex;
  const record: CommentRecord = {
    article,
    parent,
    top: parent ? parent.top : (undefined as unknown as CommentRecord),
    key: commentKey(ids?.commentId ?? contentHash(`${author.name}\n${text}`)),
    postId,
    author,
    text,
    postedAt:
      explicitTimeOf(explicitTime) ??
      relative ??
      trailingRelativeTime(label, scan.now, scan.language)?.postedAt,
    permalink: permalinkIndex >= 0 ? cleanHref(hrefs[permalinkIndex], true) : undefined,
    hasAuthorBadge,
    summaryPhrase: summaryPhrase ?? summaryAfter(article),
  };
  if (!parent) record.top = record;
  return record;
}

/** The post header's author link; the header comes before the comments, so the first match. */
function postAuthorOf(container: Element | null): Author | undefined {
  const link =
    container?.querySelector(POST_AUTHOR_LINK) ?? container?.querySelector(POST_HEADER_LINK);
  if (!link || link.closest(COMMENT_ARTICLE)) return undefined;
  const name = squash(link.textContent ?? '');
  return name ? { name, profileUrl: cleanHref(link.getAttribute('href') ?? '', false) } : undefined;
}

/** Post id from the page URL (post pages only) or a link in the post header; else undefined. */
function postIdFromPage(container: Element | null, url: URL, isSinglePost: boolean) {
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
  return undefined;
}

/** What a post's comments share, read from the post and all its comments. */
interface PostContext {
  postAuthor: Author | undefined;
  /** The author of the first comment with the identity badge ("Author"). */
  badgeAuthor: Author | undefined;
  postId: string;
  /** Whether the post id came from a comment id (else from the page or a content hash). */
  postIdFromComment: boolean;
  /** Whether the post id is a hash of all comment keys (so any new comment changes it). */
  postIdHashed: boolean;
  /** The page URL it was read at (a post id from the page depends on it). */
  href: string;
}

/**
 * The context of each post element as of its last full read, for rescans of one comment thread.
 * Kept per live element for the page's lifetime; a full read always recomputes it.
 */
const postContexts = new WeakMap<Element, PostContext>();

function readPostContext(
  records: CommentRecord[],
  container: Element | null,
  url: URL,
  isSinglePost: boolean,
): PostContext {
  const fromComment = records.find((r) => r.postId)?.postId;
  const fromPage = fromComment ? undefined : postIdFromPage(container, url, isSinglePost);
  return {
    postAuthor: postAuthorOf(container),
    badgeAuthor: records.find((r) => r.hasAuthorBadge)?.author,
    postId: fromComment ?? fromPage ?? contentHash(records.map((r) => r.key).join(' ')),
    postIdFromComment: fromComment !== undefined,
    postIdHashed: fromComment === undefined && fromPage === undefined,
    href: url.href,
  };
}

/** Whether a thread's comments would leave the post's context as it was read. */
function contextHolds(context: PostContext, records: CommentRecord[], url: URL): boolean {
  // A post id from the page depends on the URL it was read at; one from a comment id does not.
  if (context.postIdHashed || (!context.postIdFromComment && context.href !== url.href)) {
    return false;
  }
  const postId = records.find((r) => r.postId)?.postId;
  if (postId !== undefined && (!context.postIdFromComment || postId !== context.postId)) {
    return false;
  }
  if (context.postAuthor) return true;
  const badge = records.find((r) => r.hasAuthorBadge)?.author;
  if (!badge) return true;
  const known = context.badgeAuthor;
  return known !== undefined && known.name === badge.name && known.profileUrl === badge.profileUrl;
}

function readRecords(articles: Element[], container: Element | null, scan: Scan) {
  const byArticle = new Map<Element, CommentRecord>();
  const known = new Map<Element, Element | null>();
  const records: CommentRecord[] = [];
  for (const article of articles) {
    const parentArticle = parentArticleOf(article, container, known);
    const parent = (parentArticle && byArticle.get(parentArticle)) ?? null;
    const record = readComment(article, parent, scan);
    byArticle.set(article, record);
    records.push(record);
  }
  return records;
}

function isDescendantRecord(record: CommentRecord, ancestor: CommentRecord): boolean {
  for (let r = record.parent; r; r = r.parent) if (r === ancestor) return true;
  return false;
}

/** The items of `records` (one post's, in document order) with the post's context. */
function itemsOf(records: CommentRecord[], context: PostContext, scan: Scan): DetectedItem[] {
  const threadAuthor = context.postAuthor ?? context.badgeAuthor;
  const ownedThread = threadAuthor ? scan.isOwnerAuthor(threadAuthor) : false;
  const threadKey = postKey(context.postId);
  const items: DetectedItem[] = [];
  const tops: CommentRecord[] = [];

  const push = (
    record: CommentRecord,
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
    tops.push(record.top);
  };

  // Collapsed summaries go after the replies already shown for the same comment.
  const pending: CommentRecord[] = [];
  const flushSummaries = (before: CommentRecord | null) => {
    while (pending.length) {
      const last = pending[pending.length - 1];
      if (before && isDescendantRecord(before, last)) return;
      pending.pop();
      const name = nameFromSummaryPhrase(last.summaryPhrase!, scan.ownerNames);
      push(last, { name }, collapsedKey(last.key), '', { collapsed: true, parentKey: last.key });
    }
  };
  for (const record of records) {
    if (pending.length) flushSummaries(record);
    push(record, record.author, record.key, record.text, {
      postedAt: record.postedAt,
      permalink: record.permalink,
      parentKey: record.parent?.key,
    });
    if (record.summaryPhrase) pending.push(record);
  }
  flushSummaries(null);

  // A comment thread is answered up to the last owner reply in it; later ones wait again.
  const lastOwnerIndex = new Map<string, number>();
  for (let i = 0; i < items.length; i += 1) {
    if (items[i].byOwner) lastOwnerIndex.set(tops[i].key, i);
  }
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    item.answered = i < (lastOwnerIndex.get(tops[i].key) ?? -1);
    item.waiting = isWaiting(item);
  }
  return items;
}

/** A whole post (or the comments outside any post): its items, its context remembered. */
function extractPost(
  container: Element | null,
  articles: Element[],
  url: URL,
  scan: Scan,
  isSinglePost: boolean,
): DetectedItem[] {
  const records = readRecords(articles, container, scan);
  const context = readPostContext(records, container, url, isSinglePost);
  if (container) postContexts.set(container, context);
  return itemsOf(records, context, scan);
}

/**
 * One block of comment threads (`commentBlockOf`) inside `container`, with the post's remembered
 * context; undefined when there is none or the block's comments would change it (then the whole
 * post must be read).
 */
function extractBlock(
  block: Element,
  articles: Element[],
  container: Element,
  url: URL,
  scan: Scan,
): DetectedItem[] | undefined {
  const context = postContexts.get(container);
  if (!context) return undefined;
  const records = readRecords(articles, container, scan);
  return contextHolds(context, records, url) ? itemsOf(records, context, scan) : undefined;
}

/**
 * The post a block of comment threads belongs to, when `element` is such a block (see
 * `commentBlockOf`) and every comment in it belongs to that post.
 */
function postOfBlock(element: Element): Element | null {
  const container = postContainerOf(element);
  if (!container || container === element) return null;
  // Not itself a block: `element` is, or follows, a comment, or lies in one.
  if (commentBlockOf(element, container) !== element) return null;
  // A dialog is the post only for comments outside any post article or inner dialog.
  if (
    !container.matches(POST_ARTICLE) &&
    element.querySelector(`${POST_ARTICLE}, ${POST_DIALOG}`)
  ) {
    return null;
  }
  return container;
}

/** Articles grouped by post, in document order; one `closest` walk per post, not per comment. */
function groupByPost(articles: Element[]): Map<Element | null, Element[]> {
  const groups = new Map<Element | null, Element[]>();
  let lastPost: Element | null = null;
  let lastGroup: Element[] | undefined;
  for (const article of articles) {
    if (lastPost && lastGroup && lastPost.contains(article)) {
      lastGroup.push(article);
      continue;
    }
    const container = postContainerOf(article);
    let group = groups.get(container);
    if (!group) {
      group = [];
      groups.set(container, group);
    }
    group.push(article);
    // The outermost post article holds every comment inside it; dialogs may hold posts.
    const isPost = container !== null && container.getAttribute('role') === 'article';
    lastPost = isPost ? container : null;
    lastGroup = isPost ? group : undefined;
  }
  return groups;
}

/**
 * All comments under `root`, grouped by post: a document, one post or dialog, or one block of
 * comment threads inside a post (an incremental rescan; `commentBlockOf`), which reports only that
 * block's comments when the post was read before. `isSinglePost` lets the page URL name the post
 * when comments carry no post id.
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
  const post = rootElement && !rootIsThread ? postOfBlock(rootElement) : null;
  if (rootElement && post) {
    const scan = newScan(rootElement, articles, owners, now);
    const items = extractBlock(rootElement, articles, post, url, scan);
    // Not read before, or its context changed: read the whole post.
    if (items) return { layout: 'recognised', items };
    return extractComments(post, url, owners, now, isSinglePost);
  }
  const scan = newScan(root, articles, owners, now);
  const items: DetectedItem[] = [];
  for (const [container, threadArticles] of groupByPost(articles)) {
    items.push(...extractPost(container, threadArticles, url, scan, isSinglePost));
  }
  return { layout: 'recognised', items };
}
