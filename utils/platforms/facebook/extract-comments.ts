/**
 * Facebook post comments (feed, permalink, photo/video, post dialog; Pages and profiles): walks
 * the page for comment articles (comment-structure.ts), reads each one (read-comment.ts) and the
 * post they belong to (post-context.ts), and turns them into items (comment-items.ts).
 *
 * Speed (DESIGN.md §8: a full scan within 3× a bare query + textContent pass; an incremental rescan
 * independent of the post's size): one native query per kind of part (comment articles, links,
 * buttons, text blocks), then one walk of the root that hands each comment its own parts
 * (comment-parts.ts). A rescan of one block of comment threads
 * (`commentBlockOf`) reads that block, the post header and the post's first comment (more only
 * when the header names no author or no comment names the post: `blockPostContext`).
 * Nothing is remembered between calls: each call makes its own `Scan` and drops it.
 */
import type { DetectedItem } from '../../model/detected-item';
import type { OwnerIdentity } from '../../model/owner';
import type { Steps } from '../steps';
import type { ExtractResult } from '../types';
import { indexPartsSteps } from './comment-parts';
import { itemsOf } from './comment-items';
import { newScan, type Scan } from './comment-scan';
import { groupByPost, parentFinder, postOfBlock } from './comment-structure';
import { blockPostContext, readPostContext } from './post-context';
import { readComment, type CommentRecord } from './read-comment';
import { COMMENT_ARTICLE, POST_ARTICLE, POST_DIALOG } from './selectors';

/** Comments read between two pauses. */
const COMMENTS_PER_STEP = 32;

function* readRecords(articles: Element[], container: Element | null, scan: Scan) {
  const byArticle = new Map<Element, CommentRecord>();
  const parentArticleOf = parentFinder(container);
  const records: CommentRecord[] = [];
  for (let i = 0; i < articles.length; i += 1) {
    if (i % COMMENTS_PER_STEP === COMMENTS_PER_STEP - 1) yield;
    const article = articles[i];
    const parentArticle = parentArticleOf(article);
    const parent = (parentArticle && byArticle.get(parentArticle)) ?? null;
    const record = readComment(article, parent, scan);
    byArticle.set(article, record);
    records.push(record);
  }
  return records;
}

/** A whole post (or the comments outside any post). */
function* extractPost(
  container: Element | null,
  articles: Element[],
  url: URL,
  scan: Scan,
  isSinglePost: boolean,
): Steps<DetectedItem[]> {
  const records = yield* readRecords(articles, container, scan);
  return yield* itemsOf(records, readPostContext(records, container, url, isSinglePost), scan);
}

/**
 * One block of comment threads (`commentBlockOf`) inside the post `container`; undefined when the
 * post's context cannot be known from the block (then the whole post must be read).
 */
function* extractBlock(
  articles: Element[],
  container: Element,
  url: URL,
  isSinglePost: boolean,
  scan: Scan,
): Steps<DetectedItem[] | undefined> {
  const records = yield* readRecords(articles, container, scan);
  const context = blockPostContext(container, records, url, isSinglePost, scan);
  return context && (yield* itemsOf(records, context, scan));
}

/**
 * All comments under `root`, grouped by post: a document, one post or dialog, or one block of
 * comment threads inside a post (an incremental rescan; `commentBlockOf`), which reports only that
 * block's comments when the post's context can be read without the rest of it. `isSinglePost`
 * lets the page URL name the post when comments carry no post id. Pauses between pieces of the
 * walk and every few comments (`Steps`).
 */
export function* extractComments(
  root: ParentNode,
  url: URL,
  owners: OwnerIdentity[],
  now: Date,
  isSinglePost: boolean,
): Steps<ExtractResult> {
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
  // Changed elements after the pause: the shared index would not line up with `articles`, so
  // each comment's parts are found on their own (`ownPartsOf`).
  const parts = (yield) ? new Map() : yield* indexPartsSteps(root, articles);
  if (rootElement && post) {
    const scan = newScan(rootElement, parts, owners, now);
    const items = yield* extractBlock(articles, post, url, isSinglePost, scan);
    return items
      ? { layout: 'recognised', items }
      : yield* extractComments(post, url, owners, now, isSinglePost);
  }
  const scan = newScan(root, parts, owners, now);
  const items: DetectedItem[] = [];
  for (const [container, threadArticles] of groupByPost(articles)) {
    items.push(...(yield* extractPost(container, threadArticles, url, scan, isSinglePost)));
  }
  return { layout: 'recognised', items };
}
