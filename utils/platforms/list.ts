import { facebookPlatform } from './facebook/platform';
import { linkedinPlatform } from './linkedin/platform';

/**
 * Every platform Svara reads, in the order pages list them: the only list (platforms.ts derives
 * the rest from it). A new platform is a folder beside facebook/ and linkedin/ with its
 * platform.ts and adapter, one line here and a content script.
 */
export const PLATFORMS = [facebookPlatform, linkedinPlatform] as const;
