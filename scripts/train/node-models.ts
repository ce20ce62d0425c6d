/** The committed models, read from public/model/ for the CLIs, the bench and tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexCrisisRules, type CrisisRuleIndex } from '../../utils/understand/crisis';
import { crisisRulesSchema, type CrisisRules } from '../../utils/understand/crisis-rules';
import { loadUnderstandingModels, MODEL_FILES } from '../../utils/understand/models';
import type { UnderstandingModels } from '../../utils/understand/understand';

export const MODEL_DIR = join(import.meta.dirname, '../../public/model');

/** Each model file's bytes, by name. */
export function readModelFiles(): Record<string, Uint8Array> {
  return Object.fromEntries(
    Object.values(MODEL_FILES).map((name) => [
      name,
      new Uint8Array(readFileSync(join(MODEL_DIR, name))),
    ]),
  );
}

let cached: UnderstandingModels | undefined;
export function nodeModels(): UnderstandingModels {
  const files = readModelFiles();
  cached ??= loadUnderstandingModels((name) =>
    name.endsWith('.bin') ? files[name] : JSON.parse(new TextDecoder().decode(files[name])),
  );
  return cached;
}

/** The crisis rule lists as shipped (public/model/crisis-rules.json). */
export function readCrisisRuleLists(): CrisisRules {
  const file = join(MODEL_DIR, MODEL_FILES.crisisRules);
  return crisisRulesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export const readCrisisRules = (): CrisisRuleIndex => indexCrisisRules(readCrisisRuleLists());
