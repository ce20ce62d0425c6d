/**
 * The elements of one comment that belong to it rather than to a reply nested in it: its links,
 * buttons and text blocks. Found by a hand walk with plain property and attribute reads (no
 * `closest`, `matches` or per-comment query): DESIGN.md §8 wants a full scan within 3× a bare
 * query + textContent pass.
 */
import { BUTTON, TEXT_BLOCK } from './selectors';

/**
 * The elements of one extraction's root that may be parts of a comment, found with one native
 * query per kind (cheap: reading attributes element by element costs far more), and looked up by
 * identity while walking each comment.
 */
export interface PartIndex {
  /** Comment articles: a walk steps around a nested one. */
  articles: Set<Element>;
  buttons: Set<Element>;
  textBlocks: Set<Element>;
  /** Explicit times; null when there are none (the usual case). */
  times: Set<Element> | null;
}

/**
 * The parts of the comment being read. One per extraction, refilled from comment to comment so
 * reading a comment allocates no arrays.
 */
export interface OwnParts {
  links: Element[];
  hrefs: string[];
  buttons: Element[];
  textBlocks: Element[];
  /** Text of link `i`, read from the page on first use (`linkTextOf`); null until then. */
  linkTexts: (string | null)[];
  /** The comment's first explicit time element (`data-utime`, `time[datetime]`). */
  firstTime: Element | undefined;
}

export function emptyOwnParts(): OwnParts {
  return { links: [], hrefs: [], buttons: [], textBlocks: [], linkTexts: [], firstTime: undefined };
}

/** The text of link `i` of the comment being read, read from the page once. */
export function linkTextOf(parts: OwnParts, i: number): string {
  let text = parts.linkTexts[i];
  if (text === null || text === undefined) {
    text = parts.links[i].textContent ?? '';
    parts.linkTexts[i] = text;
  }
  return text;
}

/** The elements of a query result in a set; indexed reads, cheaper here than its iterator. */
function setOf(list: NodeListOf<Element> | HTMLCollectionOf<Element>, into = new Set<Element>()) {
  for (let i = 0; i < list.length; i += 1) into.add(list[i]);
  return into;
}

export function indexParts(root: ParentNode, articles: Element[]): PartIndex {
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

function clear(parts: OwnParts) {
  parts.links.length = 0;
  parts.hrefs.length = 0;
  parts.buttons.length = 0;
  parts.textBlocks.length = 0;
  parts.firstTime = undefined;
}

/**
 * Collects the links (`a[href]`), buttons (`[role=button]`) and text blocks (`[dir=auto]` outside
 * links and buttons: the body, its paragraphs, link previews) of `article` that belong to it
 * rather than to a comment nested in it, in document order, and its first explicit time element,
 * into `parts`. One pass over its elements reading only tag names and hrefs; a comment with
 * replies nested inside it is walked around them instead.
 * (Comments never sit inside a link or button; one that did would keep its text blocks.)
 */
export function collectOwnParts(article: Element, index: PartIndex, parts: OwnParts) {
  clear(parts);
  // The outermost `a` or button passed last: text blocks inside it are not the body.
  let shield: Element | null = null;
  const all = article.getElementsByTagName('*');
  for (let i = 0, count = all.length; i < count; i += 1) {
    const el = all[i];
    if (index.articles.has(el)) {
      walkOwnParts(article, index, parts);
      return;
    }
    const isLink = el.localName === 'a';
    const isButton = index.buttons.has(el);
    const isBlock = !isLink && !isButton && index.textBlocks.has(el);
    if (shield !== null && (isLink || isButton || isBlock) && !shield.contains(el)) shield = null;
    const href = isLink ? el.getAttribute('href') : null;
    if (href !== null) {
      parts.links.push(el);
      parts.hrefs.push(href);
    } else if (isButton) {
      parts.buttons.push(el);
    } else if (isBlock) {
      if (shield === null) parts.textBlocks.push(el);
    } else if (index.times?.has(el) && !index.textBlocks.has(el)) {
      parts.firstTime ??= el;
    }
    if (shield === null && (isLink || isButton)) shield = el;
  }
}

/** `collectOwnParts` for a comment with nested replies: a walk that steps around them. */
function walkOwnParts(article: Element, index: PartIndex, parts: OwnParts) {
  clear(parts);
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
        parts.links.push(el);
        parts.hrefs.push(href);
      } else if (isButton) {
        parts.buttons.push(el);
      } else if (index.textBlocks.has(el)) {
        if (shield === null && !isLink) parts.textBlocks.push(el);
      } else if (index.times?.has(el)) {
        parts.firstTime ??= el;
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
}
