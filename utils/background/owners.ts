import type { OwnerIdentity } from '../model/owner';
import type { Settings } from '../model/settings';
import { facebookPlatform } from '../platforms/facebook/platform';
import { linkedinPlatform } from '../platforms/linkedin/platform';

/** The fictional company of the bundled demo; preset only in the demo build (`npm start`). */
export const DEMO_OWNERS: OwnerIdentity[] = [
  {
    platform: facebookPlatform.id,
    name: 'Kanelkompaniet',
    url: 'https://www.facebook.com/kanelkompaniet',
    source: 'demo',
  },
  {
    platform: linkedinPlatform.id,
    name: 'Kanelkompaniet',
    url: 'https://www.linkedin.com/company/kanelkompaniet/',
    source: 'demo',
  },
];

/**
 * Identities content scripts match authors against: the options page's, plus the demo company's
 * in the demo build (from its first message on, before any install handler has run).
 */
export function effectiveOwners(settings: Settings, demoBuild = false): OwnerIdentity[] {
  return settings.demo || demoBuild ? [...settings.owners, ...DEMO_OWNERS] : settings.owners;
}
