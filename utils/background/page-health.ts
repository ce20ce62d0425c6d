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

/** The stored per-tab map; a damaged entry is dropped alone, never hiding the others. */
export function readPageHealthMap(raw: unknown): Record<string, PageHealth> {
  if (typeof raw !== 'object' || raw === null) return {};
  const map: Record<string, PageHealth> = {};
  for (const [tabId, entry] of Object.entries(raw)) {
    const parsed = pageHealthSchema.safeParse(entry);
    if (parsed.success) map[tabId] = parsed.data;
  }
  return map;
}
