/**
 * Deterministic training of a softmax regression over hashed sparse features: the same rows,
 * options and seed give the same bytes on every run (fixed shuffling, no parallelism, V8's
 * deterministic Math.exp/log).
 */
import type { FeatureVector } from '../../utils/understand/features';
import { softmax, type LinearModelFile } from '../../utils/understand/linear-model';

export interface TrainingRow {
  features: FeatureVector;
  label: number;
}

export interface SoftmaxOptions {
  bits: number;
  classes: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** See quantize. */
  pruneBelow: number;
}

export interface TrainedWeights {
  weights: Float64Array;
  bias: Float64Array;
}

/** mulberry32: a tiny seeded generator, enough for shuffling. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** AdaGrad on the cross-entropy, classes weighted inversely to their frequency. */
export function trainSoftmax(
  rows: readonly TrainingRow[],
  options: SoftmaxOptions,
): TrainedWeights {
  const { classes } = options;
  const size = (1 << options.bits) * classes;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size);
  const bias = new Float64Array(classes);
  const biasSquares = new Float64Array(classes);
  const frequency = new Float64Array(classes);
  for (const row of rows) frequency[row.label]! += 1;
  const classWeight = Float64Array.from(frequency, (count) =>
    count === 0 ? 0 : rows.length / (classes * count),
  );
  const random = seededRandom(options.seed);
  const logits = new Float64Array(classes);
  const gradient = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const row of shuffled(rows, random)) {
      const { indexes, values } = row.features;
      logits.set(bias);
      for (let position = 0; position < indexes.length; position += 1) {
        const base = indexes[position]! * classes;
        const value = values[position]!;
        for (let k = 0; k < classes; k += 1) logits[k]! += value * weights[base + k]!;
      }
      const probabilities = softmax(logits);
      const scale = classWeight[row.label]!;
      for (let k = 0; k < classes; k += 1) {
        gradient[k] = (probabilities[k]! - (k === row.label ? 1 : 0)) * scale;
        biasSquares[k]! += gradient[k]! * gradient[k]!;
        bias[k]! -= (options.learningRate * gradient[k]!) / Math.sqrt(biasSquares[k]! + 1e-8);
      }
      for (let position = 0; position < indexes.length; position += 1) {
        const base = indexes[position]! * classes;
        const value = values[position]!;
        for (let k = 0; k < classes; k += 1) {
          const cell = base + k;
          const step = gradient[k]! * value + options.l2 * weights[cell]!;
          squares[cell]! += step * step;
          weights[cell]! -= (options.learningRate * step) / Math.sqrt(squares[cell]! + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

/**
 * Feature names seen in fewer than `minRows` training rows are dropped before training: they
 * are mostly one message's own words, they fit the training set and nothing else, and every
 * bucket they touch costs bytes in the shipped model.
 */
export function withoutRareNames(rows: readonly string[][], minRows: number): string[][] {
  const seenIn = new Map<string, number>();
  for (const names of rows) {
    for (const name of new Set(names)) seenIn.set(name, (seenIn.get(name) ?? 0) + 1);
  }
  return rows.map((names) => names.filter((name) => seenIn.get(name)! >= minRows));
}

/**
 * int8 per class with one scale each; weights under `pruneBelow` int8 steps (of 127) are stored
 * as zero: the file gets smaller, and below a model's own limit no less accurate.
 */
export function quantize(trained: TrainedWeights, classes: number, pruneBelow: number) {
  const scales = new Array<number>(classes).fill(0);
  for (let cell = 0; cell < trained.weights.length; cell += 1) {
    const k = cell % classes;
    scales[k] = Math.max(scales[k]!, Math.abs(trained.weights[cell]!));
  }
  for (let k = 0; k < classes; k += 1) scales[k] = Number((scales[k]! || 1).toPrecision(8));
  const bytes = new Int8Array(trained.weights.length);
  for (let cell = 0; cell < bytes.length; cell += 1) {
    const step = Math.round((trained.weights[cell]! / scales[cell % classes]!) * 127);
    bytes[cell] = Math.abs(step) < pruneBelow ? 0 : step;
  }
  return {
    scales,
    bias: Array.from(trained.bias, (value) => Number(value.toPrecision(8))),
    weights: new Uint8Array(bytes.buffer),
  } satisfies Partial<LinearModelFile> & { weights: Uint8Array };
}
