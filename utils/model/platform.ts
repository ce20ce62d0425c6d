import { z } from 'zod/mini';
import { PLATFORM_IDS, type Platform } from '../platforms/platforms';

/**
 * The platforms Svara reads, from the registry. zod/mini, as every schema a content script parses
 * with: the classic build would make each content script twice as large (bundle.contentMaxGzipKB).
 */
export const platformSchema = z.enum(PLATFORM_IDS as [Platform, ...Platform[]]);
export type { Platform };
