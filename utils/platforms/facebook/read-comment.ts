/**
 * One Facebook comment or reply as its article shows it: author, text, time, permalink, ids, the
 * identity badge and the collapsed reply summary. Read from structure and link shapes; words come
 * only from the locale tables in selectors.ts. Ids and URLs are decoded only where needed.
 */
import type { DetectedItem } from '../../model/detected-item';
import { linkTextOf, ownPartsOf, type OwnParts } from './comment-parts';
import { isBadge, parseTime, type Scan } from './comment-scan';
import { cleanHref, commentIdsFromHref, commentKey, contentHash, type CommentIds } from './links';
import { nameFromCommentLabel, replySummaryPhrase, squash, trailingRelativeTime } from './text';
import { parseAbsoluteTime } from '../relative-time';

const MAX_TIME_LABEL = 24;
// `comment_id=` in an href: the COMMENT_ID_LINK selector, as a substring test.
const COMMENT_ID_MARK = 'comment_id=';

type Author = DetectedItem['author'];

/** A comment or reply as read from its article, before thread-level facts are known. */
export interface CommentRecord {
  article: Element;
  parent: CommentRecord | null;
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
function commentText(textBlocks: readonly Element[]): string {
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
  // One paragraph ("text\n", the usual body) squashes to the same as its lines joined; without
  // its newline, which would send `squash` down its slow replacing path for nothing.
  const newline = body.indexOf('\n');
  if (newline < 0) return squash(body);
  if (newline === body.length - 1) return squash(body.slice(0, newline));
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

/** The page's own date: a timestamp, `datetime`, or a full date in the tooltip or label. */
function explicitTimeOf(el: Element | undefined, now: Date): string | undefined {
  if (!el) return undefined;
  const utime = el.getAttribute('data-utime');
  const datetime = el.getAttribute('datetime');
  if (utime || datetime) {
    const date = utime ? new Date(Number(utime) * 1000) : new Date(datetime!);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  const label = el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '';
  return parseAbsoluteTime(label, now);
}

/** The name link: its text is part of the label ("Comment by <Name> …") in every UI language. */
function authorOf(own: OwnParts, label: string, scan: Scan): { author: Author; index: number } {
  for (let i = 0; i < own.links.length; i += 1) {
    const raw = linkTextOf(own, i);
    if (raw === '') continue;
    const text = squash(raw);
    if (text !== '' && label.includes(text)) {
      return { author: { name: text, profileUrl: cleanHref(own.hrefs[i], false) }, index: i };
    }
  }
  return {
    author: { name: nameFromCommentLabel(label, scan.now, scan.language) ?? '' },
    index: -1,
  };
}

/**
 * Comment-id links: the first valid one names the comment (and often the post); the first short
 * one whose text is a relative time is the time link. Ids are decoded only while still needed.
 */
function commentLinksOf(own: OwnParts, authorIndex: number, scan: Scan) {
  let ids: CommentIds | undefined;
  let postId: string | undefined;
  let timeIndex = -1;
  let lastIdIndex = -1;
  let relative: string | undefined;
  let decodedHref: string | undefined;
  let decoded: CommentIds | undefined;
  for (let i = 0; i < own.links.length; i += 1) {
    const href = own.hrefs[i];
    if (!href.includes(COMMENT_ID_MARK)) continue;
    lastIdIndex = i;
    let time: string | undefined;
    if (timeIndex < 0 && i !== authorIndex) {
      // Time labels are short ("1w", "2 tim"); names and empty avatar links are not parsed.
      const linkText = linkTextOf(own, i);
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
  const permalinkIndex = timeIndex >= 0 ? timeIndex : lastIdIndex;
  return {
    commentId: ids?.commentId,
    postId,
    relative,
    permalink: permalinkIndex >= 0 ? cleanHref(own.hrefs[permalinkIndex], true) : undefined,
  };
}

export function readComment(
  article: Element,
  parent: CommentRecord | null,
  scan: Scan,
): CommentRecord {
  const label = article.getAttribute('aria-label') ?? '';
  const own = ownPartsOf(article, scan.parts);
  const explicitTime = own.firstTime;
  const { author, index: authorIndex } = authorOf(own, label, scan);
  const links = commentLinksOf(own, authorIndex, scan);

  let hasAuthorBadge = false;
  let summaryPhrase: string | null = null;
  for (const button of own.buttons) {
    const text = button.textContent ?? '';
    if (!hasAuthorBadge && isBadge(scan, text)) hasAuthorBadge = true;
    if (summaryPhrase === null && (text.includes('·') || text.includes('•'))) {
      summaryPhrase = replySummaryPhrase(text);
    }
  }
  const text = commentText(own.textBlocks);
  return {
    article,
    parent,
    key: commentKey(links.commentId ?? contentHash(`${author.name}\n${text}`)),
    postId: links.postId,
    author,
    text,
    postedAt:
      explicitTimeOf(explicitTime, scan.now) ??
      links.relative ??
      trailingRelativeTime(label, scan.now, scan.language)?.postedAt,
    permalink: links.permalink,
    hasAuthorBadge,
    summaryPhrase: summaryPhrase ?? summaryAfter(article),
  };
}
