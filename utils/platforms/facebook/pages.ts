/** Facebook's page kinds, as `surfaceOf` tells them from the URL alone (DESIGN.md §3). */
export const FACEBOOK_SURFACES = [
  'facebook-post',
  'facebook-feed',
  'facebook-messenger',
  'facebook-business-inbox',
] as const;
export type FacebookSurface = (typeof FACEBOOK_SURFACES)[number];

const FACEBOOK_HOSTS: ReadonlySet<string> = new Set([
  'www.facebook.com',
  'facebook.com',
  'web.facebook.com',
]);
const MESSENGER_HOSTS: ReadonlySet<string> = new Set(['www.messenger.com', 'messenger.com']);
const BUSINESS_HOST = 'business.facebook.com';

// First path segments on facebook.com that are neither a profile/Page timeline nor a post.
const NON_CONTENT_SEGMENTS: ReadonlySet<string> = new Set([
  'ads',
  'bookmarks',
  'business',
  'events',
  'friends',
  'gaming',
  'help',
  'login',
  'login.php',
  'marketplace',
  'memories',
  'notifications',
  'pages',
  'privacy',
  'reel',
  'reels',
  'saved',
  'search',
  'settings',
  'stories',
]);

function segmentsOf(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

function isMessengerPath(segments: string[]): boolean {
  return segments[0] === 'messages';
}

/** `/<user>/posts/<id>`, `/permalink.php`, `/photo`, `/<user>/videos/<id>`, `/watch?v=`, groups. */
function isPostPath(segments: string[], url: URL): boolean {
  const [first, second] = segments;
  if (first === 'permalink.php' || first === 'story.php') return true;
  if (first === 'photo' || first === 'photo.php') return url.searchParams.has('fbid');
  if (first === 'watch') return url.searchParams.has('v');
  if (first === 'groups') return segments[2] === 'posts' || segments[2] === 'permalink';
  return (
    segments.length >= 3 && ['posts', 'videos', 'photos'].includes(second) && segments[2] !== ''
  );
}

export function surfaceOf(url: URL): FacebookSurface | null {
  const host = url.hostname.toLowerCase();
  if (host === BUSINESS_HOST) {
    return url.pathname.startsWith('/latest/inbox') ? 'facebook-business-inbox' : null;
  }
  if (MESSENGER_HOSTS.has(host)) return 'facebook-messenger';
  if (!FACEBOOK_HOSTS.has(host)) return null;
  const segments = segmentsOf(url);
  if (isMessengerPath(segments)) return 'facebook-messenger';
  if (isPostPath(segments, url)) return 'facebook-post';
  if (segments.length === 0 || segments[0] === 'home.php') return 'facebook-feed';
  if (NON_CONTENT_SEGMENTS.has(segments[0].toLowerCase())) return null;
  // Profile and Page timelines (`/<name>`, `/profile.php?id=`), the watch feed and group feeds.
  if (segments.length === 1 || segments[0] === 'groups') return 'facebook-feed';
  return null;
}

/** The post id a post URL names: numeric or `pfbid…`; undefined on feeds. */
export function postIdFromUrl(url: URL): string | undefined {
  const segments = segmentsOf(url);
  const [first, second] = segments;
  if (first === 'permalink.php' || first === 'story.php') {
    return url.searchParams.get('story_fbid') ?? undefined;
  }
  if (first === 'photo' || first === 'photo.php') return url.searchParams.get('fbid') ?? undefined;
  if (first === 'watch') return url.searchParams.get('v') ?? undefined;
  if (first === 'groups' && (segments[2] === 'posts' || segments[2] === 'permalink')) {
    return segments[3];
  }
  if (['posts', 'videos', 'photos'].includes(second)) return segments[segments.length - 1];
  return undefined;
}

/** The conversation id of a `/messages/t/<id>`, `/messages/e2ee/t/<id>` or messenger.com `/t/<id>`. */
export function conversationIdFromPath(path: string): string | undefined {
  return /(?:^|\/)t\/([^/?#]+)/.exec(path)?.[1];
}
