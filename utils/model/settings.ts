import { z } from 'zod';
import { ownerIdentitySchema } from './owner';

export const DEFAULT_TARGET_MINUTES = 15;

export const settingsSchema = z.object({
  owners: z.array(ownerIdentitySchema).default([]),
  /** The person using this browser; recorded as the agent of each response. */
  agentName: z.string().trim().max(200).default(''),
  /** Colleagues items can be assigned to. */
  colleagues: z.array(z.string().trim().min(1).max(200)).default([]),
  /** The team's promise: the badge turns amber past it. */
  targetMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(DEFAULT_TARGET_MINUTES),
  /** Response log entries older than this many months are pruned; 0 keeps everything. */
  retentionMonths: z.number().int().min(0).max(120).default(0),
  /** Demo mode presets the demo company's identity; set only by `npm start`. */
  demo: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});
