/** Facebook link shapes: comment ids, tracking parameters, canonical profile and comment URLs. */

import { webLinkOf } from '../web-link';

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
    // `atob` itself: in Chromium it is faster than decoding in script, one comment id per call.
    const text = atob(value);
    const decoded = /^comment:(\d+)_(\d+)$/.exec(text);
    return decoded ? { id: decoded[2], postId: decoded[1] } : undefined;
  } catch {
    return undefined;
  }
}

// Query parameters read with a regex, not `new URL`: a scan reads thousands of links.
const COMMENT_ID_PARAM = /[?&]comment_id=([^&#]*)/;
const REPLY_COMMENT_ID_PARAM = /[?&]reply_comment_id=([^&#]*)/;

// A value whose only escapes are `=` padding (`%3D`), as base64 comment ids are.
const PADDED_VALUE = /^[^%]*(?:%3[Dd])+$/;

function queryParam(href: string, param: RegExp): string | undefined {
  const match = param.exec(href);
  if (!match) return undefined;
  const value = match[1];
  if (!value.includes('%')) return value;
  if (!PADDED_VALUE.test(value)) return decodeURIComponentSafe(value);
  // Only `%3D`s from the first `%` on: as many `=`, without a replacing regex per comment.
  const padding = value.indexOf('%');
  return value.slice(0, padding) + '='.repeat((value.length - padding) / 3);
}

export function commentIdsFromHref(href: string): CommentIds | undefined {
  const comment = decodeCommentParam(queryParam(href, COMMENT_ID_PARAM) ?? '');
  if (!comment) return undefined;
  const replyParam = href.includes('reply_comment_id=')
    ? queryParam(href, REPLY_COMMENT_ID_PARAM)
    : undefined;
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
  const hash = absolute.indexOf('#');
  const beforeHash = hash < 0 ? absolute : absolute.slice(0, hash);
  const queryStart = beforeHash.indexOf('?');
  if (queryStart < 0) return beforeHash;
  // The `&`-separated pairs kept, scanned with indexOf: a scan cleans thousands of links.
  let kept = '';
  for (let start = queryStart + 1; start <= beforeHash.length;) {
    let end = beforeHash.indexOf('&', start);
    if (end < 0) end = beforeHash.length;
    if (end > start) {
      const pair = beforeHash.slice(start, end);
      const equals = pair.indexOf('=');
      const rawName = equals < 0 ? pair : pair.slice(0, equals);
      const name = rawName.includes('%') ? decodeURIComponentSafe(rawName) : rawName;
      const isCommentParam = name === 'comment_id' || name === 'reply_comment_id';
      if (!TRACKING_PARAM.test(name) && (keepCommentIds || !isCommentParam)) {
        kept = kept === '' ? pair : `${kept}&${pair}`;
      }
    }
    start = end + 1;
  }
  const path = beforeHash.slice(0, queryStart);
  return kept !== '' ? `${path}?${kept}` : path;
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

/** First path segments of Facebook pages that are no profile or Page. */
const NOT_A_PROFILE: ReadonlySet<string> = new Set([
  'events',
  'friends',
  'gaming',
  'groups',
  'hashtag',
  'help',
  'home.php',
  'login',
  'marketplace',
  'messages',
  'notifications',
  'permalink.php',
  'photo',
  'photo.php',
  'reel',
  'search',
  'settings',
  'share',
  'story.php',
  'watch',
]);

/**
 * The profile or Page address a pasted link names (`/<username>`, `/profile.php?id=<id>`,
 * `/people/<name>/<id>`), on the canonical origin without tracking or sub-pages; undefined for
 * anything that is not a Facebook profile or Page.
 */
export function profileAddressOf(link: string): string | undefined {
  const url = webLinkOf(link);
  if (!url) return undefined;
  if (!/^((www|m|web|mbasic)\.)?facebook\.com$/i.test(url.hostname)) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  const [first = '', second, third] = segments;
  if (first === 'profile.php') {
    const id = url.searchParams.get('id');
    return id && /^\d+$/.test(id) ? `${FACEBOOK_ORIGIN}/profile.php?id=${id}` : undefined;
  }
  if (first === 'people' && second && third && /^\d+$/.test(third)) {
    return `${FACEBOOK_ORIGIN}/people/${second}/${third}`;
  }
  if (!/^[\w.-]+$/.test(first) || NOT_A_PROFILE.has(first.toLowerCase())) return undefined;
  return `${FACEBOOK_ORIGIN}/${first}`;
}
