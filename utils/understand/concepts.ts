import { z } from 'zod';
import concepts from './concepts.json';

/**
 * Concepts shared by the six languages, as extra features of the intent model (concepts.json):
 * a Finnish "hyvitys" and a Danish "refusion" both also count as `refund`, so what the model
 * learns from a message in one language carries over to the others. The model weighs them like
 * any feature; they decide nothing alone. Words match whole; a trailing `*` matches any ending.
 */
export const CONCEPTS = z.record(z.string(), z.array(z.string().min(1)).min(1)).parse(concepts);
