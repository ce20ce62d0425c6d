/**
 * Facebook "Comet" post markup, generated in the shape of the real 2025 capture and the
 * hand-written fixtures (role=article comments with "Comment by …" labels, comment_id links,
 * hashed classes as noise). Used by the demo (`npm start`), the end-to-end tests and the bench.
 */
export interface DemoPerson {
  name: string;
  slug: string;
}

export interface DemoComment {
  id: string;
  author: DemoPerson;
  text: string;
  /** Minutes before the page is served. */
  minutesAgo: number;
  lang?: string;
  replies?: DemoComment[];
  /** "<name> replied · N replies" instead of the replies themselves. */
  collapsedReplies?: { name: string; count: number };
  /** A reply box already open under this comment (a Lexical editor when the demo loads one). */
  replyBoxOpen?: boolean;
}

export interface DemoPost {
  page: DemoPerson;
  postId: string;
  text: string;
  minutesAgo: number;
  comments: DemoComment[];
}

export const FACEBOOK_ORIGIN = 'https://www.facebook.com';

export function postUrl(post: Pick<DemoPost, 'page' | 'postId'>) {
  return `${FACEBOOK_ORIGIN}/${post.page.slug}/posts/${post.postId}`;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!,
  );

function ageWords(minutes: number) {
  if (minutes < 60) return [`${minutes} minutes ago`, `${minutes}m`];
  if (minutes < 60 * 24) {
    const h = Math.floor(minutes / 60);
    return [h === 1 ? '1 hour ago' : `${h} hours ago`, `${h}h`];
  }
  const d = Math.floor(minutes / (60 * 24));
  return [d === 1 ? 'a day ago' : `${d} days ago`, `${d}d`];
}

function commentIdParam(postId: string, commentId: string) {
  return encodeURIComponent(btoa(`comment:${postId}_${commentId}`));
}

export interface RenderOptions {
  /**
   * The open reply box hosts a real Lexical editor, mounted by the editor bundle
   * (tests/editors/src/lexical.ts) into `[data-test-editor-host]`, instead of static markup.
   */
  realEditor?: boolean;
}

/** The reply box under a comment, in the markup the Facebook adapter's findReplyBox expects. */
function renderReplyBox(name: string, options: RenderOptions) {
  const editor = options.realEditor
    ? `<form data-test-editor-host=""></form>`
    : `<form><div aria-label="Reply to ${name}" contenteditable="true" role="textbox" spellcheck="true" data-lexical-editor="true" class="xzsf02u notranslate" tabindex="0"><p><br></p></div></form>`;
  return `<div class="x1n2onr6 svara-demo-reply-box">${editor}</div>`;
}

export function renderComment(
  post: DemoPost,
  comment: DemoComment,
  parent?: DemoComment,
  options: RenderOptions = {},
): string {
  const [longAge, shortAge] = ageWords(comment.minutesAgo);
  const name = escapeHtml(comment.author.name);
  const label = parent
    ? `Reply by ${name} to ${escapeHtml(parent.author.name)}&#x27;s comment ${longAge}`
    : `Comment by ${name} ${longAge}`;
  const topId = parent ?? comment;
  const query = parent
    ? `comment_id=${commentIdParam(post.postId, topId.id)}&amp;reply_comment_id=${comment.id}`
    : `comment_id=${commentIdParam(post.postId, comment.id)}`;
  const profile = `${FACEBOOK_ORIGIN}/${comment.author.slug}?${query}&amp;__cft__[0]=AZdemo&amp;__tn__=R]-R`;
  const permalinkQuery = parent
    ? `comment_id=${topId.id}&amp;reply_comment_id=${comment.id}`
    : `comment_id=${comment.id}`;
  const badge =
    comment.author.slug === post.page.slug
      ? `<div aria-label="View information about identity badges" role="button" tabindex="0" class="x1i10hfl"><span class="x193iq5w">Author</span></div>`
      : '';
  const replies = (comment.replies ?? []).map((reply) =>
    renderComment(post, reply, comment, options),
  );
  const summary = comment.collapsedReplies
    ? `<div class="x1i10hfl"><div role="button" tabindex="0" class="x1i10hfl"><span dir="auto"><span>${escapeHtml(comment.collapsedReplies.name)} replied</span><span aria-hidden="true"> · </span><span>${comment.collapsedReplies.count} ${comment.collapsedReplies.count === 1 ? 'reply' : 'replies'}</span></span></div></div>`
    : '';
  const replyBox = comment.replyBoxOpen ? renderReplyBox(name, options) : '';
  return `<div class="x1n2onr6 x1swvt13"><div aria-label="${label}" role="article" tabindex="-1" class="x1n2onr6 x1g0dm76"><div class="x1r8uery"><a aria-hidden="true" href="${profile}" role="link" tabindex="-1" class="x1i10hfl"><svg aria-hidden="true"></svg></a></div>${badge}<div class="x1lliihq x6ikm8r"><span class="xt0psk2"><a aria-hidden="false" href="${profile}" role="link" tabindex="0" class="x1i10hfl"><span class="x3nfvp2"><span dir="auto" class="xt0psk2">${name}</span></span></a></span></div><div class="x1lliihq xjkvuk6"><span dir="auto" lang="${comment.lang ?? 'en'}" class="x193iq5w"><div dir="auto" style="text-align: start;">${escapeHtml(comment.text)}</div></span></div><ul class="x1n0m28w"><li><span><a href="${postUrl(post)}?${permalinkQuery}&amp;__cft__[0]=AZdemo&amp;__tn__=R]-R" role="link" tabindex="0" class="x1i10hfl">${shortAge}</a></span></li><li><div role="button" tabindex="0" class="x1i10hfl">Like</div></li><li><div role="button" tabindex="0" class="x1i10hfl">Reply</div></li></ul></div><div class="x1n2onr6 x1xb5h2r">${replies.join('')}${summary}${replyBox}</div></div>`;
}

/** The post article with its comment list; `data-svara-demo="comments"` marks where tests append. */
export function renderPost(post: DemoPost, options: RenderOptions = {}): string {
  const page = escapeHtml(post.page.name);
  const pageUrl = `${FACEBOOK_ORIGIN}/${post.page.slug}`;
  const [, shortAge] = ageWords(post.minutesAgo);
  const count = post.comments.length;
  return `<div aria-posinset="1" aria-labelledby="post-author" aria-describedby="post-time post-text" role="article" class="x1a2a7pz"><div class="x78zum5"><span class="x4k7w5x"><a aria-label="${page}" href="${pageUrl}?__cft__[0]=AZdemo&amp;__tn__=-UC%2CP-R" role="link" tabindex="0" class="x1i10hfl"><svg aria-hidden="true"></svg></a></span><div data-ad-rendering-role="profile_name"><h3 id="post-author"><span><a href="${pageUrl}?__cft__[0]=AZdemo&amp;__tn__=-UC%2CP-R" role="link" tabindex="0" class="x1i10hfl"><strong><span>${page}</span></strong></a></span></h3></div><div id="post-time"><a href="${postUrl(post)}?__cft__[0]=AZdemo&amp;__tn__=%2CO%2CP-R" role="link" tabindex="0" class="x1i10hfl">${shortAge}</a></div><div dir="auto"><div data-ad-rendering-role="story_message"><div data-ad-preview="message" id="post-text"><span dir="auto"><div dir="auto">${escapeHtml(post.text)}</div></span></div></div></div><div class="x6s0dn4"><div role="button" tabindex="0"><span dir="auto">${count} comments</span></div></div><div aria-expanded="false" aria-haspopup="menu" role="button" tabindex="0" class="x1i10hfl"><span dir="auto">Most relevant</span></div><div class="x1jx94hy" data-svara-demo="comments">${post.comments.map((c) => renderComment(post, c, undefined, options)).join('')}</div></div></div>`;
}

export function renderPostPage(
  post: DemoPost,
  options: RenderOptions & { viewer?: DemoPerson; scripts?: string[] } = {},
) {
  const viewer = options.viewer
    ? `<a aria-label="Your profile" href="${FACEBOOK_ORIGIN}/${options.viewer.slug}" role="link" class="x1i10hfl"><svg aria-hidden="true"></svg></a>`
    : '';
  const scripts = (options.scripts ?? []).map((src) => `<script src="${src}"></script>`).join('');
  return `<!DOCTYPE html><html lang="en" id="facebook"><head><meta charset="utf-8"><title>${escapeHtml(post.page.name)} | Facebook</title></head><body class="_6s5d"><div id="mount_0_0_Dm" class="x9f619"><div role="banner" class="x1qjc9v5"><a aria-label="Facebook" href="/" role="link">f</a><div role="navigation" class="x6s0dn4">${viewer}</div></div><div role="main">${renderPost(post, options)}</div></div>${scripts}</body></html>`;
}
