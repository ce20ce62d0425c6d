/** The platform registry: PLATFORMS (list.ts) and what every page derives from it. */
import type { PlatformDescription } from './description';
import { PLATFORMS } from './list';

export { PLATFORMS };

export type Platform = (typeof PLATFORMS)[number]['id'];
export type Surface = (typeof PLATFORMS)[number]['surfaces'][number];

export const PLATFORM_IDS: readonly Platform[] = PLATFORMS.map((platform) => platform.id);
export const SURFACES: readonly Surface[] = PLATFORMS.flatMap((platform) => platform.surfaces);

const BY_ID: ReadonlyMap<string, PlatformDescription<Platform>> = new Map(
  PLATFORMS.map((platform) => [platform.id, platform]),
);

export function platformById(id: Platform): PlatformDescription<Platform> {
  const platform = BY_ID.get(id);
  if (!platform) throw new Error(`Unknown platform: ${id}`);
  return platform;
}

/** A record with one entry per platform, each from `value`. */
export function perPlatform<T>(value: (platform: Platform) => T): Record<Platform, T> {
  return Object.fromEntries(PLATFORM_IDS.map((id) => [id, value(id)])) as Record<Platform, T>;
}

/** The sum of a per-platform count. */
export function sumOverPlatforms(counts: Readonly<Record<Platform, number>>): number {
  return PLATFORM_IDS.reduce((sum, id) => sum + (counts[id] ?? 0), 0);
}
