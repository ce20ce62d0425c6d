/**
 * Where Facebook comments sit on the page: comments and replies are `role=article` with an
 * aria-label, posts `role=article` without one (or a dialog); replies sit in the wrapper after
 * their comment (2025 capture) or inside it. Structure only: nothing here reads text.
 */
import { POST_ARTICLE, POST_DIALOG } from './selectors';

export function isCommentArticle(el: Element | null): boolean {
  return el !== null && el.getAttribute('role') === 'article' && el.hasAttribute('aria-label');
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
 * The smallest element around `element`, below `container`, that holds whole top-level comment
 * threads: it and every element above it up to the container neither is nor follows a comment, so
 * no comment inside it answers one outside and none outside answers one inside (`ParentFinder`).
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

/**
 * Finds the comment a reply answers: the labelled article it is nested in, or the one just before
 * the wrapper that holds it (2025 capture: `<div><article/><div>replies…</div></div>`). Made per
 * extraction: it remembers the answer for every element passed on earlier climbs, since comments
 * share their upper levels.
 */
export function parentFinder(container: Element | null): (article: Element) => Element | null {
  const known = new Map<Element, Element | null>();
  const passed: Element[] = [];
  return (article) => {
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
  };
}

/**
 * The post a block of comment threads belongs to, when `element` is such a block (see
 * `commentBlockOf`) and every comment in it belongs to that post.
 */
export function postOfBlock(element: Element): Element | null {
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
export function groupByPost(articles: Element[]): Map<Element | null, Element[]> {
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
