import { z } from 'zod/mini';
import { platformSchema } from './platform';

/**
 * A name or page the company answers as: a Page, a company page, or a staff member. zod/mini:
 * content scripts parse it (utils/messaging/page-messages.ts).
 */
export const ownerIdentitySchema = z.object({
  platform: platformSchema,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** Profile or page URL, or a native id; matched on path so tracking parameters do not matter. */
  url: z.optional(z.string().check(z.trim(), z.maxLength(2_000))),
  /** Where we learnt it: typed in the options page, or read from the page itself. */
  source: z._default(z.enum(['options', 'page', 'demo']), 'options'),
});
export type OwnerIdentity = z.infer<typeof ownerIdentitySchema>;
export type OwnerIdentityInput = z.input<typeof ownerIdentitySchema>;
