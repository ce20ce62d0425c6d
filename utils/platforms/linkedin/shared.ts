import { isWaiting, type Author, type DetectedItem } from '../../model/detected-item';
import type { OwnerIdentity } from '../../model/owner';
import { isOwner } from '../owners';
import { parseRelativeTime } from '../relative-time';
import { answeredUpToLastOwnerReply } from '../thread-answered';
import { webLinkOf } from '../web-link';

const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/** The root as an element (a Document stands for its <html>); no `instanceof`, which is per realm. */
export function elementOf(root: ParentNode): Element | null {
  const node = root as Node;
  if (node.nodeType === 1) return root as Element;
  return node.nodeType === 9 ? (root as Document).documentElement : null;
}

/** textContent with the template indentation collapsed; never innerText (it forces layout). */
export function cleanText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * `/in/<slug>/` or `/company/<slug>/` on the canonical origin: query strings (`miniProfileUrn`,
 * tracking) and sub-pages (`/company/x/posts/`) would otherwise make one person look like two.
 */
export function cleanProfileUrl(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, LINKEDIN_ORIGIN);
    const profile = /^\/(in|company|school|showcase)\/([^/]+)/.exec(url.pathname);
    return profile
      ? `${LINKEDIN_ORIGIN}/${profile[1]}/${profile[2]}/`
      : `${url.origin}${url.pathname}`;
  } catch {
    return undefined;
  }
}

/**
 * The profile or page address a pasted link names (`/in/<slug>/`, `/company/<slug>/`, …), as
 * `cleanProfileUrl` writes it; undefined for anything that is not a LinkedIn profile or page.
 */
export function profileAddressOf(link: string): string | undefined {
  const url = webLinkOf(link);
  if (!url) return undefined;
  if (!/^([a-z]{2,3}\.|www\.)?linkedin\.com$/i.test(url.hostname)) return undefined;
  if (!/^\/(in|company|school|showcase)\/[^/]+/.test(url.pathname)) return undefined;
  return cleanProfileUrl(url.pathname);
}

/** The first non-blank text node under a node: a name link also holds headline and degree. */
export function firstText(node: Node | null | undefined): string {
  if (!node) return '';
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const value = cleanText(text);
    if (value) return value;
  }
  return '';
}

/** A relative label ("2h", "1w", "3 d", "2 tim") possibly followed by "• Edited" or "(edited)". */
export function parseTimeLabel(label: string, now: Date): string | undefined {
  const trimmed = label.trim();
  if (!trimmed) return undefined;
  return parseRelativeTime(trimmed, now) ?? parseRelativeTime(trimmed.split(/[•(]/)[0], now);
}

/** `urn:li:comment:(activity:123,456)` → `urn:li:activity:123`: the post every comment names. */
export function postUrnOfComment(commentUrn: string): string | undefined {
  const match = /^urn:li:comment:\((\w+):(\d+),/.exec(commentUrn);
  return match ? `urn:li:${match[1]}:${match[2]}` : undefined;
}

/** LinkedIn's own deep link to a comment (`commentUrn`) or reply (`replyUrn` under its parent). */
export function commentPermalink(postUrn: string, commentUrn: string, parentUrn?: string) {
  const base = `${LINKEDIN_ORIGIN}/feed/update/${postUrn}/?commentUrn=`;
  return parentUrn
    ? `${base}${encodeURIComponent(parentUrn)}&replyUrn=${encodeURIComponent(commentUrn)}`
    : `${base}${encodeURIComponent(commentUrn)}`;
}

export const COMMENT_KEY_PREFIX = 'linkedin:';

/**
 * Real pages never repeat a comment URN; scrubbed captures do (every digit "1"). The n-th repeat
 * gets `#n` so keys stay unique and stable for the same page; findItemElement reads it back.
 */
export function uniqueKeys() {
  const seen = new Map<string, number>();
  return (urn: string): string => {
    const count = (seen.get(urn) ?? 0) + 1;
    seen.set(urn, count);
    return `${COMMENT_KEY_PREFIX}${urn}${count > 1 ? `#${count}` : ''}`;
  };
}

/** A comment as read from either generation, before ownership and answers are resolved. */
export interface ReadComment {
  key: string;
  threadKey: string;
  author: Author;
  text: string;
  postedAt?: string;
  permalink?: string;
  parentKey?: string;
  ownedThread: boolean;
}

/** Read comments as items: who wrote each, and the thread-answered rule shared by all platforms. */
export function resolveComments(read: ReadComment[], owners: OwnerIdentity[]): DetectedItem[] {
  const byOwner = read.map((comment) => isOwner('linkedin', comment.author, owners));
  const answered = answeredUpToLastOwnerReply(
    read.map((comment, index) => ({
      key: comment.key,
      parentKey: comment.parentKey,
      byOwner: byOwner[index],
    })),
  );
  return read.map(({ ownedThread, ...comment }, index) => {
    const status = { answered: answered[index], byOwner: byOwner[index], ownedThread };
    return {
      platform: 'linkedin',
      kind: 'comment',
      ...withoutUndefined(comment),
      ...status,
      waiting: isWaiting(status),
    };
  });
}

/** Items compare with toEqual and cross message boundaries: absent fields stay absent. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
