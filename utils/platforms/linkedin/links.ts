/** LinkedIn addresses: profile and page URLs, post URNs, comment permalinks. */
import { webLinkOf } from '../web-link';

const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

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
