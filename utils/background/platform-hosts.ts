import type { Platform } from '../model/detected-item';
import { PLATFORMS } from '../platforms/platforms';

/** Which platform's items a host may report: a page cannot write another platform's items. */
export function platformOfHost(hostname: string): Platform | null {
  return PLATFORMS.find((platform) => platform.reportingHosts.test(hostname))?.id ?? null;
}
