/** The committed models, read from public/model/ for the CLIs, the bench and tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadUnderstandingModels, MODEL_FILES } from '../../utils/understand/models';
import type { UnderstandingModels } from '../../utils/understand/understand';

export const MODEL_DIR = join(import.meta.dirname, '../../public/model');

export function readModelFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.values(MODEL_FILES).map((name) => [name, readFileSync(join(MODEL_DIR, name), 'utf8')]),
  );
}

let cached: UnderstandingModels | undefined;
export function nodeModels(): UnderstandingModels {
  cached ??= loadUnderstandingModels((name) => JSON.parse(readModelFiles()[name]!));
  return cached;
}
