import type { OwnerIdentity } from '../model/owner';
import type { Platform } from '../model/detected-item';

/** Names compare case- and accent-insensitively with collapsed spaces: pages vary in both. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

// An absolute http(s) URL whose path the URL parser leaves as it is: no dot segments, no
// characters it would encode, strip or turn into slashes (backslashes). Group 1: scheme and
// authority (whether the parser accepts it is remembered per caller); group 2: the path.
const PLAIN_URL = /^(https?:\/\/[A-Za-z0-9.-]+(?::\d*)?)(\/[\w.!$&'()*+,;=:@~%/-]*)?(?=[?#]|$)/;

const SLASH = 47;

/** Whether the URL parser accepts a scheme and authority: answers a caller keeps for its run. */
export type AcceptedOrigins = Map<string, boolean>;

function acceptsOrigin(origin: string, accepted: AcceptedOrigins | undefined): boolean {
  let accepts = accepted?.get(origin);
  if (accepts === undefined) {
    try {
      accepts = new URL(origin).pathname === '/';
    } catch {
      accepts = false;
    }
    accepted?.set(origin, accepts);
  }
  return accepts;
}

/**
 * Profile URLs compare on host-less path without trailing slash or query (tracking parameters).
 * `accepted` remembers parsed origins across the calls of one page read.
 */
export function normaliseProfileUrl(url: string, accepted?: AcceptedOrigins): string {
  // Without `new URL` for the usual shape: a page read checks thousands of authors.
  const plain = PLAIN_URL.exec(url);
  if (plain && acceptsOrigin(plain[1], accepted)) {
    const rawPath = plain[2] ?? '';
    if (!rawPath.includes('/.') && !/%2e/i.test(rawPath)) {
      let end = rawPath.length;
      while (end > 0 && rawPath.charCodeAt(end - 1) === SLASH) end -= 1;
      const path = rawPath.slice(0, end).toLowerCase();
      if (!path.endsWith('/profile.php')) return path;
    }
  }
  try {
    const parsed = new URL(url, 'https://invalid.example');
    const id = parsed.searchParams.get('id'); // facebook.com/profile.php?id=123
    const path = parsed.pathname.replace(/\/+$/, '').toLowerCase();
    return id && path.endsWith('/profile.php') ? `${path}?id=${id}` : path;
  } catch {
    return url.trim().toLowerCase();
  }
}

type Author = { name: string; profileUrl?: string };

/**
 * Whether an author is one of our identities. An identity is its address first, its display name
 * second, because anyone can take a name: when the author and the identity both have an address,
 * the address alone decides; a name matches only an author the page shows with no address.
 * Built once for many authors: identities normalised once, answers remembered per name and per
 * address (the same people write many comments on a page).
 */
export function ownerMatcher(
  platform: Platform,
  owners: OwnerIdentity[],
): (author: Author) => boolean {
  // For authors with an address: only identities with one can match.
  const urls = new Set<string>();
  // For authors without one: every identity's name.
  const names = new Set<string>();
  for (const owner of owners) {
    if (owner.platform !== platform) continue;
    names.add(normaliseName(owner.name));
    if (owner.url !== undefined) urls.add(normaliseProfileUrl(owner.url));
  }
  const byName = new Map<string, boolean>();
  const byUrl = new Map<string, boolean>();
  const accepted: AcceptedOrigins = new Map();
  return (author) => {
    if (author.profileUrl) {
      let ours = byUrl.get(author.profileUrl);
      if (ours === undefined) {
        ours = urls.has(normaliseProfileUrl(author.profileUrl, accepted));
        byUrl.set(author.profileUrl, ours);
      }
      return ours;
    }
    let named = byName.get(author.name);
    if (named === undefined) {
      const name = normaliseName(author.name);
      named = name !== '' && names.has(name);
      byName.set(author.name, named);
    }
    return named;
  };
}

export function isOwner(platform: Platform, author: Author, owners: OwnerIdentity[]): boolean {
  return ownerMatcher(platform, owners)(author);
}

/** What makes two identities the same one: the address when there is one, else the name. */
function identityKey(owner: OwnerIdentity): string {
  const who = owner.url
    ? `url:${normaliseProfileUrl(owner.url)}`
    : `name:${normaliseName(owner.name)}`;
  return `${owner.platform}:${who}`;
}

/** Options-page identities win over those read from the page when both are the same identity. */
export function mergeOwners(fromOptions: OwnerIdentity[], fromPage: OwnerIdentity[]) {
  const seen = new Set(fromOptions.map(identityKey));
  return [...fromOptions, ...fromPage.filter((o) => !seen.has(identityKey(o)))];
}
