import type { Platform } from '../model/detected-item';
import { facebookAdapter } from './facebook/adapter';
import { linkedinAdapter } from './linkedin/adapter';
import type { PlatformAdapter } from './types';

export const adapters: Readonly<Record<Platform, Readonly<PlatformAdapter>>> = {
  facebook: facebookAdapter,
  linkedin: linkedinAdapter,
};

/** The adapter whose pages include this URL, or null where Svara reads nothing. */
export function adapterForUrl(url: URL): PlatformAdapter | null {
  return Object.values(adapters).find((adapter) => adapter.surfaceOf(url) !== null) ?? null;
}
