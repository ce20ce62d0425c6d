import { z } from 'zod';
import { detectedItemSchema, platformSchema, surfaceSchema } from '../model/detected-item';

// A sanitised page of several thousand comments stays well under this.
export const MAX_SNAPSHOT_HTML_LENGTH = 20_000_000;

/**
 * A page snapshot attached to a bug report: the sanitised markup (utils/snapshot/sanitize.ts) and
 * what detection made of it at that moment. `npm run fixture:add` turns one into a fixture.
 */
export const pageSnapshotSchema = z
  .object({
    url: z.string().url(),
    capturedAt: z.iso.datetime({ offset: true }),
    platform: platformSchema,
    surface: surfaceSchema,
    /** The platform's interface language, e.g. "sv" or "en-US", when the page declared one. */
    uiLanguage: z.string().min(2).max(35).optional(),
    html: z.string().min(1).max(MAX_SNAPSHOT_HTML_LENGTH),
    detected: z.object({
      layout: z.enum(['recognised', 'unknown']),
      reason: z.string().max(2_000).optional(),
      items: z.array(detectedItemSchema).default([]),
    }),
  })
  .refine((snapshot) => snapshot.surface.startsWith(`${snapshot.platform}-`), {
    message: 'surface does not belong to platform',
    path: ['surface'],
  });
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;
