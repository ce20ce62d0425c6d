import { z } from 'zod';
import { platformSchema } from './detected-item';

/** A name or page the company answers as: a Page, a company page, or a staff member. */
export const ownerIdentitySchema = z.object({
  platform: platformSchema,
  name: z.string().trim().min(1).max(200),
  /** Profile or page URL, or a native id; matched on path so tracking parameters do not matter. */
  url: z.string().trim().max(2_000).optional(),
  /** Where we learnt it: typed in the options page, or read from the page itself. */
  source: z.enum(['options', 'page', 'demo']).default('options'),
});
export type OwnerIdentity = z.infer<typeof ownerIdentitySchema>;
export type OwnerIdentityInput = z.input<typeof ownerIdentitySchema>;
