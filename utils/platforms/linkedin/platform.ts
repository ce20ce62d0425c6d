import type { PlatformDescription, PseudonymRules } from '../description';
import { profileAddressOf } from './links';
import { LINKEDIN_SURFACES, linkedinSurfaceOf } from './pages';

const PROFILE_SECTIONS: ReadonlySet<string> = new Set(['in', 'company', 'school', 'showcase']);

const pseudonyms: PseudonymRules = {
  origin: 'https://www.linkedin.com',
  hosts: /(^|\.)linkedin\.com$/,
  contentParams: new Set(['commentUrn', 'replyUrn', 'dashCommentUrn', 'dashReplyUrn']),
  isOutboundRedirect: (_url, segments) => segments[0] === 'redir',
  // A member's /in/ profile, or a company's, school's or showcase's page (owners' own).
  profileSlug(_url, [first, second]) {
    if (!PROFILE_SECTIONS.has(first) || !second) return null;
    const slug = decodeURIComponent(second).toLowerCase();
    return first === 'in' ? slug : `${first}/${slug}`;
  },
  withPlaceholder: (segments, placeholder) => [segments[0], placeholder, ...segments.slice(2)],
  isProfileItself: (segments) => segments.length === 2,
  // A post's author slug (`/posts/<author>_<title>-activity-<id>-<hash>`); the activity id stays,
  // to be replaced as an id.
  namesSomeone: ([first]) => first === 'posts',
  standInFor([, second], number) {
    const activity = /activity-\d+/.exec(second)?.[0];
    return `placeholder-post-${number}${activity ? `_${activity}` : ''}`;
  },
};

/** LinkedIn: members' and company pages' posts, the company admin view and messaging. */
export const linkedinPlatform = {
  id: 'linkedin',
  name: 'LinkedIn',
  colour: '#0a66c2',
  matches: ['https://www.linkedin.com/*'],
  reportingHosts: /^www\.linkedin\.com$/,
  surfaces: LINKEDIN_SURFACES,
  surfaceOf: linkedinSurfaceOf,
  // LinkedIn's comment box takes 1,250 characters, a message 8,000.
  replyLimits: { comment: 1_250, dm: 8_000 },
  profileAddressOf,
  pseudonyms,
} as const satisfies PlatformDescription;
