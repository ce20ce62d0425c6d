import type { Platform } from '../platforms/platforms';
import { platformById } from '../platforms/platforms';
import { normaliseName } from '../platforms/owners';

/** What identifies the author of an item: the name shown and, when the page links one, a profile. */
export interface PersonAuthor {
  name: string;
  profileUrl?: string;
}

/**
 * Who wrote an item, as one string: the key of the people table, of engagement scores and of a
 * snapshot's pseudonyms, so all three agree on who is the same person.
 *
 * A profile address wins over the name: two people may share a name, and one person's name is
 * written differently across surfaces. The address is the platform's own `profileAddressOf`
 * (canonical host, no query, hash or sub-page), lower-cased because usernames and slugs are
 * case-insensitive on the platforms while pages write them in either case. A link that is no
 * profile the platform knows (a relative or odd one) still identifies its person as written, with
 * query, hash, trailing slash and case dropped. Without a link, the normalised name is the person.
 */
export function personIdentityOf(platform: Platform, author: PersonAuthor): string {
  if (author.profileUrl?.trim())
    return `${platform}:${profileIdentityOf(platform, author.profileUrl)}`;
  return `${platform}:name:${normaliseName(author.name)}`;
}

function profileIdentityOf(platform: Platform, profileUrl: string): string {
  const address = platformById(platform).profileAddressOf(profileUrl);
  if (address) return address.toLowerCase();
  try {
    const url = new URL(profileUrl.trim());
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return profileUrl.trim().toLowerCase();
  }
}
