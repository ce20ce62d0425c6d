import { z } from 'zod';

/**
 * The company name as the setup takes it: it is written into the guide's templates, where
 * `{…}` would read as a variable and `[[…]]` as the name's own slot.
 */
export const companyNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((name) => !/[{}]|\[\[|\]\]/.test(name));
