import { z } from 'zod';
import type { FeatureVector } from './features';

/**
 * A softmax regression over hashed features, trained by `npm run train`: the intent model (over
 * features.ts) and the six-language model (over language-features.ts) share this format.
 * The description is JSON; the weights are a binary file beside it (`<name>.bin`): int8 with one
 * scale per class, bucket-major, most of them zero. Raw bytes pack a quarter smaller than the
 * same bytes in base64 would.
 */
export const linearModelFileSchema = z
  .object({
    format: z.literal('svara-linear/2'),
    /** Which featurizer the weights belong to. */
    features: z.enum(['intent/1', 'language/1']),
    featureBits: z.number().int().min(8).max(20),
    classes: z.array(z.string()).min(2),
    bias: z.array(z.number()),
    scales: z.array(z.number().positive()),
    /** Softmax temperature fitted on held-out training rows, so scores read as probabilities. */
    temperature: z.number().positive(),
    /** For the intent model: p(crisis) at or above which a message is escalated. */
    crisisThreshold: z.number().min(0).max(1).optional(),
    /** The same for a message whose measured sentiment is positive (thanks, praise). */
    crisisThresholdPositive: z.number().min(0).max(1).optional(),
    trainedOn: z.object({ rows: z.number(), corpusSha256: z.string() }),
  })
  .refine((file) => file.bias.length === file.classes.length, { message: 'one bias per class' })
  .refine((file) => file.scales.length === file.classes.length, { message: 'one scale per class' });
export type LinearModelFile = z.infer<typeof linearModelFileSchema>;

export interface LinearModel {
  features: LinearModelFile['features'];
  featureBits: number;
  classes: readonly string[];
  bias: Float64Array;
  /** scale / 127 per class, so a weight is `int8 × factor`. */
  factors: Float64Array;
  weights: Int8Array;
  temperature: number;
  crisisThreshold?: number;
  crisisThresholdPositive?: number;
}

/**
 * A model from its description and its weights file: int8, bucket-major,
 * `weights[bucket * classes + class]`.
 */
export function loadLinearModel(json: unknown, bytes: Uint8Array): LinearModel {
  const file = linearModelFileSchema.parse(json);
  const expected = (1 << file.featureBits) * file.classes.length;
  if (bytes.length !== expected) {
    throw new Error(`${file.features} model: ${bytes.length} weight bytes, expected ${expected}`);
  }
  return {
    features: file.features,
    featureBits: file.featureBits,
    classes: file.classes,
    bias: Float64Array.from(file.bias),
    factors: Float64Array.from(file.scales, (scale) => scale / 127),
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    temperature: file.temperature,
    crisisThreshold: file.crisisThreshold,
    crisisThresholdPositive: file.crisisThresholdPositive,
  };
}

/** Raw class scores (logits) before the temperature. */
export function linearLogits(model: LinearModel, features: FeatureVector): Float64Array {
  const classes = model.classes.length;
  const sums = new Float64Array(classes);
  for (let position = 0; position < features.indexes.length; position += 1) {
    const base = features.indexes[position]! * classes;
    const value = features.values[position]!;
    for (let k = 0; k < classes; k += 1) sums[k]! += value * model.weights[base + k]!;
  }
  for (let k = 0; k < classes; k += 1) sums[k] = model.bias[k]! + sums[k]! * model.factors[k]!;
  return sums;
}

export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < logits.length; k += 1) max = Math.max(max, logits[k]! / temperature);
  const out = new Float64Array(logits.length);
  let total = 0;
  for (let k = 0; k < logits.length; k += 1) {
    out[k] = Math.exp(logits[k]! / temperature - max);
    total += out[k]!;
  }
  for (let k = 0; k < logits.length; k += 1) out[k]! /= total;
  return out;
}

/** Calibrated probability per class. */
export function classProbabilities(
  model: LinearModel,
  features: FeatureVector,
): Map<string, number> {
  const probabilities = softmax(linearLogits(model, features), model.temperature);
  return new Map(model.classes.map((name, k) => [name, probabilities[k]!]));
}
