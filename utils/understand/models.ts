import { createEld } from 'eld-detector';
import { z } from 'zod';
import { indexCrisisRules } from './crisis';
import { crisisRulesSchema } from './crisis-rules';
import { loadLinearModel } from './linear-model';
import type { UnderstandingModels } from './understand';

/** The files under public/model/ that make up the understanding models. */
export const MODEL_FILES = {
  intent: 'intent.json',
  intentWeights: 'intent.bin',
  language: 'language.json',
  languageWeights: 'language.bin',
  eld: 'eld-extrasmall.json',
  crisisRules: 'crisis-rules.json',
} as const;

const eldDatabaseSchema = z.object({
  type: z.string(),
  languages: z.record(z.string(), z.string()),
  ngrams: z.record(z.string(), z.record(z.string(), z.number())),
});

const weightsSchema = z.instanceof(Uint8Array, { message: 'not a binary weights file' });

/**
 * Builds the models from their files (`.json` parsed, `.bin` as bytes); throws with the file's
 * name on a bad file.
 */
export function loadUnderstandingModels(read: (file: string) => unknown): UnderstandingModels {
  const load = (file: string, weightsFile: string, features: 'intent/1' | 'language/1') => {
    try {
      const weights = weightsSchema.safeParse(read(weightsFile));
      if (!weights.success) throw new Error(`${weightsFile} is not a binary weights file`);
      const model = loadLinearModel(read(file), weights.data);
      if (model.features !== features) throw new Error(`holds ${model.features}, not ${features}`);
      return model;
    } catch (error) {
      throw new Error(`model file ${file}: ${(error as Error).message}`);
    }
  };
  const database = eldDatabaseSchema.safeParse(read(MODEL_FILES.eld));
  if (!database.success)
    throw new Error(`model file ${MODEL_FILES.eld}: not an eld n-gram database`);
  const rules = crisisRulesSchema.safeParse(read(MODEL_FILES.crisisRules));
  if (!rules.success) {
    const issue = rules.error.issues[0]!;
    throw new Error(
      `model file ${MODEL_FILES.crisisRules}: ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  const eld = createEld();
  eld.loadData(database.data);
  return {
    intent: load(MODEL_FILES.intent, MODEL_FILES.intentWeights, 'intent/1'),
    language: load(MODEL_FILES.language, MODEL_FILES.languageWeights, 'language/1'),
    eld: eld.instance,
    crisisRules: indexCrisisRules(rules.data),
  };
}
