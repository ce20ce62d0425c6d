/**
 * What the comments of one Facebook post share: the post's author (whose thread it is) and the
 * post id (the items' thread key). Read from the post header, the page URL and the comments.
 */
import type { DetectedItem } from '../../model/detected-item';
import { indexParts } from './comment-parts';
import { isBadge, type Scan } from './comment-scan';
import { postContainerOf } from './comment-structure';
import { cleanHref, commentIdsFromHref, contentHash } from './links';
import { postIdFromUrl } from './pages';
import { readComment, type CommentRecord } from './read-comment';
import {
  BUTTON,
  COMMENT_ARTICLE,
  COMMENT_ID_LINK,
  POST_AUTHOR_LINK,
  POST_HEADER_LINK,
} from './selectors';
import { squash } from './text';

type Author = DetectedItem['author'];

export interface PostContext {
  /** Who wrote the post: the header's author, else the first comment with the identity badge. */
  threadAuthor: Author | undefined;
  postId: string;
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

/**
 * The context of a post read with all its comments (`records`, in document order). The post id
 * comes from the first comment that names one, else from the page, else it is a hash of all
 * comment keys (so any new comment changes it).
 */
export function readPostContext(
  records: CommentRecord[],
  container: Element | null,
  url: URL,
  isSinglePost: boolean,
): PostContext {
  const fromComment = records.find((r) => r.postId)?.postId;
  const fromPage = fromComment ? undefined : postIdFromPage(container, url, isSinglePost);
  return {
    threadAuthor: postAuthorOf(container) ?? records.find((r) => r.hasAuthorBadge)?.author,
    postId: fromComment ?? fromPage ?? contentHash(records.map((r) => r.key).join(' ')),
  };
}

/**
 * The context `readPostContext` gives `container`, found while reading only one block of its
 * comment threads (`records`) and as little else as it can: the header's author, else the first
 * comment with the identity badge; the post id the post's first comment names, else (when no
 * comment names one) the page's. Undefined when the block names another post id or none is
 * known: then the whole post must be read.
 */
export function blockPostContext(
  container: Element,
  records: CommentRecord[],
  url: URL,
  isSinglePost: boolean,
  scan: Scan,
): PostContext | undefined {
  const first = container.querySelector(COMMENT_ARTICLE);
  if (!first || postContainerOf(first) !== container) return undefined;
  const postId =
    (records.find((r) => r.article === first) ?? readAlone(first, scan)).postId ??
    (anyCommentNamesPost(container) ? undefined : postIdFromPage(container, url, isSinglePost));
  if (postId === undefined) return undefined;
  const blockPostId = records.find((r) => r.postId)?.postId;
  if (blockPostId !== undefined && blockPostId !== postId) return undefined;
  return { threadAuthor: postAuthorOf(container) ?? firstBadgeAuthor(container, scan), postId };
}

/** Whether a comment link in the post names a post id (a comment's own links are among them). */
function anyCommentNamesPost(container: Element): boolean {
  for (const link of container.querySelectorAll(COMMENT_ID_LINK)) {
    if (commentIdsFromHref(link.getAttribute('href') ?? '')?.postId) return true;
  }
  return false;
}

/**
 * The author of the post's first comment (in document order) with the identity badge: a badge
 * button belongs to the innermost comment around it, as in `indexParts`.
 */
function firstBadgeAuthor(container: Element, scan: Scan): Author | undefined {
  let first: Element | undefined;
  for (const button of container.querySelectorAll(BUTTON)) {
    if (!isBadge(scan, button.textContent ?? '')) continue;
    const article = button.closest(COMMENT_ARTICLE);
    if (!article || postContainerOf(article) !== container) continue;
    // 2: Node.DOCUMENT_POSITION_PRECEDING (no `Node` global in the CLI's DOM).
    if (!first || first.compareDocumentPosition(article) & 2) first = article;
  }
  return first && readAlone(first, scan).author;
}

/** A comment outside the block being read: its parts are indexed on their own. */
function readAlone(article: Element, scan: Scan): CommentRecord {
  const nested = [article, ...article.querySelectorAll(COMMENT_ARTICLE)];
  return readComment(article, null, {
    ...scan,
    parts: indexParts(article, nested),
  });
}
