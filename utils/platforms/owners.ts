import type { OwnerIdentity } from '../model/owner';
import type { Platform } from '../model/detected-item';

/** Names compare case- and accent-insensitively with collapsed spaces: pages vary in both. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** Profile URLs compare on host-less path without trailing slash or query (tracking parameters). */
export function normaliseProfileUrl(url: string): string {
  try {
    const parsed = new URL(url, 'https://invalid.example');
    const id = parsed.searchParams.get('id'); // facebook.com/profile.php?id=123
    const path = parsed.pathname.replace(/\/+$/, '').toLowerCase();
    return id && path.endsWith('/profile.php') ? `${path}?id=${id}` : path;
  } catch {
    return url.trim().toLowerCase();
  }
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
