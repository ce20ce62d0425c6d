/** LinkedIn's page kinds, as `linkedinSurfaceOf` tells them from the URL alone. */
export const LINKEDIN_SURFACES = [
  'linkedin-post',
  'linkedin-feed',
  'linkedin-company-admin',
  'linkedin-messaging',
] as const;
export type LinkedinSurface = (typeof LINKEDIN_SURFACES)[number];

const ACTIVITY_POST = /^\/feed\/update\/urn:li:(activity|ugcPost|share):\d+\/?$/;
const COMPANY_ADMIN = /^\/company\/[^/]+\/admin(\/|$)/;
const COMPANY_POSTS = /^\/company\/[^/]+\/posts\/?$/;

function isLinkedinHost(hostname: string): boolean {
  return hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com');
}

/** The LinkedIn page kind from the URL alone; null where Svara reads nothing. */
export function linkedinSurfaceOf(url: URL): LinkedinSurface | null {
  if (!isLinkedinHost(url.hostname)) return null;
  const path = url.pathname;
  if (path === '/messaging' || path.startsWith('/messaging/')) return 'linkedin-messaging';
  if (COMPANY_ADMIN.test(path) || COMPANY_POSTS.test(path)) return 'linkedin-company-admin';
  if (ACTIVITY_POST.test(path) || path.startsWith('/posts/')) return 'linkedin-post';
  if (path === '/feed' || path === '/feed/') return 'linkedin-feed';
  return null;
}

/** `/messaging/thread/<id>/`: the open conversation's id, when the URL gives one. */
export function messagingThreadId(url: URL): string | undefined {
  return /^\/messaging\/thread\/([^/]+)/.exec(url.pathname)?.[1];
}
