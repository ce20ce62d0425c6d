import { z } from 'zod';
import { surfaceSchema } from '../model/detected-item';

/** What the last scan of a tab said about its layout, for the popup's warning. */
export const pageHealthSchema = z.object({
  tabId: z.number().int(),
  url: z.string(),
  surface: surfaceSchema,
  layout: z.enum(['recognised', 'unknown']),
  reason: z.string().optional(),
  scannedAt: z.iso.datetime(),
});
export type PageHealth = z.infer<typeof pageHealthSchema>;

export const PAGE_HEALTH_KEY = 'pageHealth';
export const pageHealthMapSchema = z.record(z.string(), pageHealthSchema);
