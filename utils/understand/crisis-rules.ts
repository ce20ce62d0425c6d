import { z } from 'zod';

/**
 * Words that make a message a crisis whatever the model says, per language and per kind
 * (public/model/crisis-rules.json, loaded at run time with the models: 220 KB of phrases
 * would take the service worker over its size budget). The keyword syntax is the tone guide's (whole words; a trailing `*`
 * matches any ending). All languages are checked on every message: people mix languages, and a
 * crisis missed because the language was misread costs far more than a false alarm. Phrases,
 * not single words, where a word alone is also everyday praise ("sjukt gott", "killer cake").
 * Widened against the training split's crises and non-crises only, never the dev split.
 */
export const CRISIS_KINDS = [
  'press',
  'legal',
  'authority',
  'injury',
  'illness',
  'hazard',
  'threat',
  'selfHarm',
  'discrimination',
  'boycott',
  'dataLeak',
] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

const words = z.array(z.string().min(1)).min(1);
const perKind = z.strictObject(
  Object.fromEntries(CRISIS_KINDS.map((kind) => [kind, words])) as Record<CrisisKind, typeof words>,
);
export const crisisRulesSchema = z.strictObject({
  en: perKind,
  sv: perKind,
  da: perKind,
  nb: perKind,
  de: perKind,
  fi: perKind,
});

export type CrisisRules = z.infer<typeof crisisRulesSchema>;
