import type { OwnerIdentity } from '../model/owner';
import type { Platform } from '../model/detected-item';

/** Names compare case- and accent-insensitively with collapsed spaces: pages vary in both. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

// An absolute http(s) URL whose path the URL parser leaves as it is: no dot segments, no
// characters it would encode, strip or turn into slashes (backslashes). Group 1: scheme and
// authority (whether the parser accepts it is remembered); group 2: the path.
const PLAIN_URL = /^(https?:\/\/[A-Za-z0-9.-]+(?::\d*)?)(\/[\w.!$&'()*+,;=:@~%/-]*)?(?=[?#]|$)/;
const acceptedOrigins = new Map<string, boolean>();

function acceptsOrigin(origin: string): boolean {
  let accepted = acceptedOrigins.get(origin);
  if (accepted === undefined) {
    try {
      accepted = new URL(origin).pathname === '/';
    } catch {
      accepted = false;
    }
    if (acceptedOrigins.size < 100) acceptedOrigins.set(origin, accepted);
  }
  return accepted;
}

/** Profile URLs compare on host-less path without trailing slash or query (tracking parameters). */
export function normaliseProfileUrl(url: string): string {
  // Without `new URL` for the usual shape: a page read checks thousands of authors.
  const plain = PLAIN_URL.exec(url);
  if (plain && acceptsOrigin(plain[1])) {
    const rawPath = plain[2] ?? '';
    if (!rawPath.includes('/.') && !/%2e/i.test(rawPath)) {
      const path = rawPath.replace(/\/+$/, '').toLowerCase();
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

/**
 * `isOwner` for many authors against the same identities: the identities normalised once, names
 * remembered per author name.
 */
export function ownerMatcher(
  platform: Platform,
  owners: OwnerIdentity[],
): (author: { name: string; profileUrl?: string }) => boolean {
  const names = new Set<string>();
  const urls = new Set<string>();
  for (const owner of owners) {
    if (owner.platform !== platform) continue;
    names.add(normaliseName(owner.name));
    if (owner.url !== undefined) urls.add(normaliseProfileUrl(owner.url));
  }
  const byName = new Map<string, boolean>();
  return (author) => {
    let named = byName.get(author.name);
    if (named === undefined) {
      const name = normaliseName(author.name);
      named = name !== '' && names.has(name);
      byName.set(author.name, named);
    }
    if (named) return true;
    return urls.size > 0 && !!author.profileUrl && urls.has(normaliseProfileUrl(author.profileUrl));
  };
}

export function isOwner(
  platform: Platform,
  author: { name: string; profileUrl?: string },
  owners: OwnerIdentity[],
): boolean {
  const name = normaliseName(author.name);
  const url = author.profileUrl ? normaliseProfileUrl(author.profileUrl) : undefined;
  return owners.some(
    (owner) =>
      owner.platform === platform &&
      ((name !== '' && normaliseName(owner.name) === name) ||
        (url !== undefined && owner.url !== undefined && normaliseProfileUrl(owner.url) === url)),
  );
}

/** Options-page identities win over those read from the page when both name the same person. */
export function mergeOwners(fromOptions: OwnerIdentity[], fromPage: OwnerIdentity[]) {
  const seen = new Set(fromOptions.map((o) => `${o.platform}:${normaliseName(o.name)}`));
  return [
    ...fromOptions,
    ...fromPage.filter((o) => !seen.has(`${o.platform}:${normaliseName(o.name)}`)),
  ];
}
