import { z } from 'zod/mini';

/**
 * The platforms Svara reads. zod/mini, as every schema a content script parses with: the classic
 * build would make each content script twice as large (bundle.contentMaxGzipKB).
 */
export const platformSchema = z.enum(['facebook', 'linkedin']);
export type Platform = z.infer<typeof platformSchema>;
