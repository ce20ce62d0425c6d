import type { Platform } from '../model/detected-item';

// Which hosts may report items of which platform: a page cannot write another platform's items.
const HOSTS: Record<Platform, RegExp> = {
  facebook: /^(www|web|business|m)\.facebook\.com$|^www\.messenger\.com$/,
  linkedin: /^www\.linkedin\.com$/,
};

export function platformOfHost(hostname: string): Platform | null {
  for (const [platform, pattern] of Object.entries(HOSTS) as [Platform, RegExp][]) {
    if (pattern.test(hostname)) return platform;
  }
  return null;
}
