/** Facebook link shapes: comment ids, tracking parameters, canonical profile and comment URLs. */

const FACEBOOK_ORIGIN = 'https://www.facebook.com';

// Click-tracking parameters Facebook appends to every link (`__cft__[0]`, `__tn__`, …).
const TRACKING_PARAM = /^(__cft__|__tn__|__xts__|__eep__|refid|ref|mibextid|rdid|paipv|eav)/;

export interface CommentIds {
  /** The comment's own id: `reply_comment_id` for replies, else `comment_id`. */
  commentId: string;
  /** The post id, when the comment id was the base64 `comment:<post>_<comment>` form. */
  postId?: string;
}

/** `comment_id` is either numeric or base64 of `comment:<postId>_<commentId>` (2025 capture). */
function decodeCommentParam(value: string): { id: string; postId?: string } | undefined {
  if (/^\d+$/.test(value)) return { id: value };
  try {
    const decoded = /^comment:(\d+)_(\d+)$/.exec(atob(value));
    return decoded ? { id: decoded[2], postId: decoded[1] } : undefined;
  } catch {
    return undefined;
  }
}

// Query parameters read with a regex, not `new URL`: a scan reads thousands of links.
const COMMENT_ID_PARAM = /[?&]comment_id=([^&#]*)/;
const REPLY_COMMENT_ID_PARAM = /[?&]reply_comment_id=([^&#]*)/;

function queryParam(href: string, param: RegExp): string | undefined {
  const match = param.exec(href);
  return match ? decodeURIComponentSafe(match[1]) : undefined;
}

export function commentIdsFromHref(href: string): CommentIds | undefined {
  const comment = decodeCommentParam(queryParam(href, COMMENT_ID_PARAM) ?? '');
  if (!comment) return undefined;
  const replyParam = queryParam(href, REPLY_COMMENT_ID_PARAM);
  const reply = replyParam ? decodeCommentParam(replyParam) : undefined;
  return {
    commentId: reply?.id ?? comment.id,
    postId: comment.postId ?? reply?.postId,
  };
}

/** Absolute URL without tracking parameters; `keepCommentIds` keeps `comment_id` for permalinks. */
export function cleanHref(href: string, keepCommentIds: boolean): string | undefined {
  const absolute = href.startsWith('/') && !href.startsWith('//') ? FACEBOOK_ORIGIN + href : href;
  if (!/^https?:\/\//.test(absolute)) return undefined;
  const [beforeHash] = absolute.split('#');
  const queryStart = beforeHash.indexOf('?');
  if (queryStart < 0) return beforeHash;
  const kept = beforeHash
    .slice(queryStart + 1)
    .split('&')
    .filter((pair) => {
      const rawName = pair.split('=')[0];
      const name = rawName.includes('%') ? decodeURIComponentSafe(rawName) : rawName;
      const isCommentParam = name === 'comment_id' || name === 'reply_comment_id';
      return pair !== '' && !TRACKING_PARAM.test(name) && (keepCommentIds || !isCommentParam);
    });
  const path = beforeHash.slice(0, queryStart);
  return kept.length ? `${path}?${kept.join('&')}` : path;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function commentKey(commentId: string): string {
  return `facebook:comment:${commentId}`;
}

export function postKey(postId: string): string {
  return `facebook:post:${postId}`;
}

export function conversationKey(conversationId: string): string {
  return `facebook:conversation:${conversationId}`;
}

export function collapsedKey(parentKey: string): string {
  return `${parentKey}:collapsed`;
}

/** Last-resort id from content (FNV-1a), for markup without any native id. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `h${(hash >>> 0).toString(36)}`;
}
