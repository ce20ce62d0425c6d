/**
 * The elements of each comment that belong to it rather than to a reply nested in it: its links,
 * buttons and text blocks, found for all comments of an extraction in one walk (`indexParts`).
 */
import { runToEnd, type Steps } from '../steps';
import { BUTTON, COMMENT_ARTICLE, TEXT_BLOCK } from './selectors';

/**
 * The parts of a comment that belong to it rather than to a reply nested in it: its links,
 * buttons and text blocks in document order, and its first explicit time element.
 */
export interface OwnParts {
  links: Element[];
  hrefs: string[];
  buttons: Element[];
  textBlocks: Element[];
  /** Text of link `i`, read from the page on first use (`linkTextOf`). */
  linkTexts: (string | undefined)[];
  /** The comment's first explicit time element (`data-utime`, `time[datetime]`, `abbr[title]`). */
  firstTime: Element | undefined;
}

/** The own parts of every comment article of one extraction's root, by article. */
export type PartIndex = Map<Element, OwnParts>;

function emptyOwnParts(): OwnParts {
  return { links: [], hrefs: [], buttons: [], textBlocks: [], linkTexts: [], firstTime: undefined };
}

/** The text of link `i` of the comment being read, read from the page once. */
export function linkTextOf(parts: OwnParts, i: number): string {
  let text = parts.linkTexts[i];
  if (text === undefined) {
    text = parts.links[i].textContent ?? '';
    parts.linkTexts[i] = text;
  }
  return text;
}

/** A comment article open during the walk of `indexParts`. */
interface OpenArticle {
  article: Element;
  parts: OwnParts;
  /** The first element after it in document order (null: none): the walk leaves it there. */
  after: Element | null;
  /** The outermost `a` or button passed last: text blocks inside it are not the body. */
  shield: Element | null;
}

/** The first element after `element` and all it holds, in document order; null for none. */
function elementAfter(element: Element): Element | null {
  // Usually the article's own next sibling: one step, where its last descendant is several.
  for (let el: Element | null = element; el; el = el.parentElement) {
    const next = el.nextElementSibling;
    if (next) return next;
  }
  return null;
}

function openArticle(article: Element, index: PartIndex, open: OpenArticle[]) {
  const parts = emptyOwnParts();
  index.set(article, parts);
  open.push({ article, parts, after: elementAfter(article), shield: null });
}

/** Elements the walk passes between two pauses of `indexPartsSteps`. */
const ELEMENTS_PER_STEP = 1_024;

/** `querySelectorAll(tag)`, through the faster tag query where the root has one. */
function byTag(root: ParentNode, tag: string): ArrayLike<Element> {
  return 'getElementsByTagName' in root
    ? (root as Element | Document).getElementsByTagName(tag)
    : root.querySelectorAll(tag);
}

/**
 * Collects, for each of `articles` (the comment articles under `root`, in document order, `root`
 * itself first when it is one), the links (`a[href]`), buttons (`[role=button]`) and text blocks
 * (`[dir=auto]` outside links and buttons: the body, its paragraphs, link previews) that belong to
 * it rather than to a comment nested in it, and its first explicit time element.
 * One pass over the root's elements in document order, without `closest`, `matches` or a query
 * per comment (DESIGN.md §8 wants a full scan within 3× a bare query + textContent pass): the
 * links, buttons and text blocks come from one native query each, in the same order as the walk,
 * so each is recognised by identity with the next one not yet passed (cheaper than reading the
 * tag or attributes of every element).
 * The walk pauses every little while (`Steps`). Told that the page changed in a pause, it stops
 * where it is, since its lists no longer line up: articles it did not finish are left out of the
 * index, and `ownPartsOf` then indexes each of them on its own, as it is then.
 * (Comments never sit inside a link or button; one that did would keep its text blocks.)
 */
export function* indexPartsSteps(root: ParentNode, articles: Element[]): Steps<PartIndex> {
  const index: PartIndex = new Map();
  // One simple selector per query: Chromium answers those far faster than a selector list.
  let times: Set<Element> | null = null;
  const utimes = root.querySelectorAll('[data-utime]');
  for (let i = 0; i < utimes.length; i += 1) (times ??= new Set()).add(utimes[i]);
  const timeTags = byTag(root, 'time');
  for (let i = 0; i < timeTags.length; i += 1) {
    if (timeTags[i].hasAttribute('datetime')) (times ??= new Set()).add(timeTags[i]);
  }
  // A date in a tooltip or label (`<abbr title="Friday, 20 November 2026 at 10:02">`).
  const abbrs = byTag(root, 'abbr');
  for (let i = 0; i < abbrs.length; i += 1) {
    if (abbrs[i].hasAttribute('title') || abbrs[i].hasAttribute('aria-label'))
      (times ??= new Set()).add(abbrs[i]);
  }
  const links = byTag(root, 'a');
  if (yield) return index;
  const buttons = root.querySelectorAll(BUTTON);
  if (yield) return index;
  const textBlocks = root.querySelectorAll(TEXT_BLOCK);
  if (yield) return index;
  let linkIndex = 0;
  let nextLink: Element | undefined = links[0];
  let buttonIndex = 0;
  let nextButton: Element | undefined = buttons[0];
  let blockIndex = 0;
  let nextBlock: Element | undefined = textBlocks[0];
  let articleIndex = 0;
  let nextArticle: Element | undefined = articles[0];

  const open: OpenArticle[] = [];
  if (nextArticle === root) {
    openArticle(nextArticle, index, open);
    nextArticle = articles[(articleIndex += 1)];
  }
  const all = byTag(root, '*');
  for (let i = 0, count = all.length; i < count; i += 1) {
    const el = all[i];
    while (open.length > 0 && open[open.length - 1].after === el) open.pop();
    if (i % ELEMENTS_PER_STEP === ELEMENTS_PER_STEP - 1 && (yield)) {
      for (const unfinished of open) index.delete(unfinished.article);
      return index;
    }
    const isLink = el === nextLink;
    if (isLink) nextLink = links[(linkIndex += 1)];
    const isButton = el === nextButton;
    if (isButton) nextButton = buttons[(buttonIndex += 1)];
    const isTextBlock = el === nextBlock;
    if (isTextBlock) nextBlock = textBlocks[(blockIndex += 1)];
    if (el === nextArticle) {
      nextArticle = articles[(articleIndex += 1)];
      openArticle(el, index, open);
    } else if (open.length > 0) {
      const article = open[open.length - 1];
      const parts = article.parts;
      const isBlock = !isLink && !isButton && isTextBlock;
      const shield = article.shield;
      if (shield !== null && (isLink || isButton || isBlock) && !shield.contains(el)) {
        article.shield = null;
      }
      const href = isLink ? el.getAttribute('href') : null;
      if (href !== null) {
        parts.links.push(el);
        parts.hrefs.push(href);
      } else if (isButton) {
        parts.buttons.push(el);
      } else if (isBlock) {
        if (article.shield === null) parts.textBlocks.push(el);
      } else if (!isTextBlock && times?.has(el)) {
        parts.firstTime ??= el;
      }
      if (article.shield === null && (isLink || isButton)) article.shield = el;
    }
  }
  return index;
}

export function indexParts(root: ParentNode, articles: Element[]): PartIndex {
  return runToEnd(indexPartsSteps(root, articles));
}

/** The own parts of `article`, one of the articles `index` was made for. */
export function ownPartsOf(article: Element, index: PartIndex): OwnParts {
  return (
    index.get(article) ??
    indexParts(article, [article, ...article.querySelectorAll(COMMENT_ARTICLE)]).get(article)!
  );
}
