import type * as PlatformList from '../../../utils/platforms/list';
import { fakePlatform } from './platform';

/**
 * The platform list with Fakebook added, for `vi.mock` of utils/platforms/list.ts: every module
 * that derives from the list (the model's enums, counters, the tone guide's surfaces, the pages)
 * then sees three platforms, as it would after a third one was added to the list.
 */
export function withFakePlatform(real: typeof PlatformList) {
  return { PLATFORMS: [...real.PLATFORMS, fakePlatform] };
}

/** The reply rules a guide sets for Fakebook's surfaces: every guide names every surface. */
export const FAKEBOOK_SURFACE_RULES = {
  'fakebook-comment': { maxLength: 300, greet: true, signOff: false },
  'fakebook-dm': { maxLength: 900, greet: true, signOff: true },
};

/** A guide's shared file (guide.json) with Fakebook's surfaces, for `vi.mock` of it. */
export function withFakeSurfaces(real: { default: { surfaces: object } }) {
  return {
    default: { ...real.default, surfaces: { ...real.default.surfaces, ...FAKEBOOK_SURFACE_RULES } },
  };
}
