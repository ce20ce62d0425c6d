/**
 * Fakebook, a third platform that exists only here: what adding a platform takes, and nothing
 * more. tests/components/fake-platform.test.tsx registers it and follows it through the extension.
 */
import type { PlatformDescription } from '../../../utils/platforms/description';
import { webLinkOf } from '../../../utils/platforms/web-link';

const ORIGIN = 'https://www.fakebook.test';

export const fakePlatform = {
  id: 'fakebook',
  name: 'Fakebook',
  colour: '#6a1b9a',
  matches: ['https://www.fakebook.test/*'],
  reportingHosts: /^www\.fakebook\.test$/,
  surfaces: ['fakebook-wall', 'fakebook-inbox'],
  surfaceOf(url) {
    if (url.hostname !== 'www.fakebook.test') return null;
    if (url.pathname.startsWith('/wall/')) return 'fakebook-wall';
    return url.pathname.startsWith('/inbox') ? 'fakebook-inbox' : null;
  },
  replyLimits: { comment: 500, dm: 2_000 },
  // A profile is `/@<handle>`; anything after it is a sub-page of the same profile.
  profileAddressOf(link) {
    const url = webLinkOf(link);
    const handle = url?.hostname === 'www.fakebook.test' && /^\/@([\w.]+)/.exec(url.pathname);
    return handle ? `${ORIGIN}/@${handle[1].toLowerCase()}` : undefined;
  },
  pseudonyms: {
    origin: ORIGIN,
    hosts: /(^|\.)fakebook\.test$/,
    contentParams: new Set(['reply']),
    isOutboundRedirect: (_url, segments) => segments[0] === 'out',
    profileSlug: (_url, [first]) => (first?.startsWith('@') ? first.slice(1).toLowerCase() : null),
    withPlaceholder: (segments, placeholder) => [`@${placeholder}`, ...segments.slice(1)],
    isProfileItself: (segments) => segments.length === 1,
    namesSomeone: () => false,
    standInFor: (_segments, number) => `named-${number}`,
  },
} as const satisfies PlatformDescription;
