import type { PlatformDescription, PseudonymRules } from '../description';
import { profileAddressOf } from './links';
import { FACEBOOK_SURFACES, surfaceOf } from './pages';

const DAY_MS = 24 * 60 * 60 * 1000;

// First path segments of facebook.com that are site sections, not a person's or Page's username.
const SECTIONS: ReadonlySet<string> = new Set([
  'ads', 'bookmarks', 'business', 'events', 'friends', 'gaming', 'groups', 'hashtag', 'help',
  'home.php', 'l.php', 'latest', 'login', 'marketplace', 'messages', 'notifications', 'pages',
  'permalink.php', 'photo', 'photo.php', 'photos', 'policies', 'privacy', 'reel', 'reels',
  'saved', 'search', 'settings', 'share', 'stories', 'story.php', 'watch',
  // messenger.com conversations: /t/<id>, /e2ee/t/<id>
  't', 'e2ee',
]); // prettier-ignore

const pseudonyms: PseudonymRules = {
  origin: 'https://www.facebook.com',
  hosts: /(^|\.)(facebook\.com|messenger\.com)$/,
  contentParams: new Set(['comment_id', 'reply_comment_id', 'story_fbid', 'fbid', 'set']),
  // The link shim: l.facebook.com/l.php, lm.facebook.com.
  isOutboundRedirect: (url, segments) => /^lm?\./.test(url.hostname) || segments[0] === 'l.php',
  profileSlug(url, [first, , third]) {
    if (!first) return null;
    if (first === 'profile.php') {
      const id = url.searchParams.get('id');
      return id ? `id:${id}` : null;
    }
    if (first === 'people' && third) return `id:${third}`;
    if (SECTIONS.has(first.toLowerCase()) || first.endsWith('.php')) return null;
    // "/<username>" or "/<username>/posts/…": both belong to that person or Page.
    return first.toLowerCase();
  },
  withPlaceholder: (segments, placeholder) =>
    segments[0] === 'profile.php' || segments[0] === 'people'
      ? [placeholder]
      : [placeholder, ...segments.slice(1)],
  isProfileItself: (segments) => segments.length === 1 || segments[0] === 'people',
  // A group's vanity name (`/groups/<name>/`); numeric group ids are replaced as ids.
  namesSomeone: ([first, second]) => first === 'groups' && !/^\d+$/.test(second),
  standInFor: (_segments, number) => `group-${number}`,
};

/** Facebook and Messenger, with Meta Business Suite's inbox. */
export const facebookPlatform = {
  id: 'facebook',
  name: 'Facebook',
  colour: '#0866ff',
  matches: [
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://business.facebook.com/*',
    'https://www.messenger.com/*',
  ],
  reportingHosts: /^(www|web|business|m)\.facebook\.com$|^www\.messenger\.com$/,
  surfaces: FACEBOOK_SURFACES,
  surfaceOf,
  // Facebook's comment box takes 8,000 characters; Messenger takes 20,000.
  replyLimits: { comment: 8_000, dm: 20_000 },
  // Meta's messaging windows: 24 hours after the customer's last message, or 7 days for a human
  // agent (the HUMAN_AGENT tag).
  dmReplyWindows: { standardMs: DAY_MS, humanAgentMs: 7 * DAY_MS },
  profileAddressOf,
  pseudonyms,
} as const satisfies PlatformDescription;
