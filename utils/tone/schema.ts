import { z } from 'zod';
import { ownIssue, issuesToReport, uiMessageOf, type ValidationProblem } from '../model/problem';
import { itemKindSchema, type ItemKind, type Platform } from '../model/detected-item';
import { PLATFORMS } from '../platforms/platforms';
import {
  checkEscalation,
  checkLanguages,
  checkTemplates,
  PATTERN_FLAGS,
  type GuideShape,
  type Problem,
} from './guide-checks';
import { KNOWN_VARIABLES } from './variables';

export const languageCodeSchema = z.enum(['sv', 'da', 'nb', 'en', 'de', 'fi']);
export type LanguageCode = z.infer<typeof languageCodeSchema>;

/** Where a reply is written: a kind of item on a platform, each with its own rules. */
export type ReplySurface = `${Platform}-${ItemKind}`;
const REPLY_SURFACES = PLATFORMS.flatMap((platform) =>
  itemKindSchema.options.map((kind) => ({
    surface: `${platform.id}-${kind}` as ReplySurface,
    maxLength: platform.replyLimits[kind],
  })),
);
export const replySurfaceSchema = z.enum(REPLY_SURFACES.map(({ surface }) => surface));

export const intentSchema = z.enum([
  'question',
  'complaint',
  'praise',
  'lead',
  'support',
  'job',
  'spam',
  'crisis',
  'other',
]);
export type Intent = z.infer<typeof intentSchema>;

export const ruleLevelSchema = z.enum(['error', 'warning', 'suggestion']);
export type RuleLevel = z.infer<typeof ruleLevelSchema>;

const text = z.string().trim().min(1);
/** Keywords in the syntax of utils/tone/keywords.ts: whole words, `prefix*`. */
const keywordList = z.array(text);
const perLanguage = <T extends z.ZodType>(value: T) => z.partialRecord(languageCodeSchema, value);

/**
 * Text the guide writes for the people answering (escalation guidance, a rule's message): one
 * text for every UI language, or one per language, of which the UI shows its own.
 */
export const guideTextSchema = z.union([
  text,
  perLanguage(text).superRefine((value, ctx) => {
    if (Object.keys(value).length === 0)
      ctx.addIssue(ownIssue([], 'write it in at least one language', 'guideTextEmpty'));
  }),
]);
export type GuideText = z.infer<typeof guideTextSchema>;

/** The text in the first of `languages` it is written in, else English, else any. */
export function guideTextIn(value: GuideText, languages: readonly string[]): string {
  if (typeof value === 'string') return value;
  const written = value as Partial<Record<string, string>>;
  const language = [...languages, 'en'].find((code) => written[code] !== undefined);
  return (language ? written[language] : Object.values(value)[0]) ?? '';
}

const localeSchema = z.object({
  /** The address form to use, e.g. Swedish "du", Danish "du", Norwegian "du". */
  address: z.object({
    form: text,
    /** Words that signal the other form ("ni", "De"); matched whole-word and case-sensitively. */
    avoid: z.array(text),
  }),
  greetings: z.array(text),
  signOffs: z.array(text),
});

const voiceTraitSchema = z.object({
  trait: text,
  description: text,
  do: z.array(text),
  dont: z.array(text),
});

const emojiSchema = z.discriminatedUnion('policy', [
  z.object({ policy: z.literal('never') }),
  z.object({
    policy: z.literal('sparingly'),
    max: z.number().int().min(0),
    allowed: z.array(text),
    neverForIntents: z.array(intentSchema).default([]),
  }),
  z.object({ policy: z.literal('free'), neverForIntents: z.array(intentSchema).default([]) }),
]);

/** A surface's rules; no longer a reply than the platform itself takes there. */
const surfaceRulesSchema = (platformMaxLength: number) =>
  z.object({
    maxLength: z.number().int().positive().max(platformMaxLength),
    greet: z.boolean(),
    signOff: z.boolean(),
  });
type SurfaceRulesSchema = ReturnType<typeof surfaceRulesSchema>;

const ruleBase = {
  id: text,
  level: ruleLevelSchema,
  message: guideTextSchema,
  languages: z.array(languageCodeSchema).optional(),
};

/** Vocabulary rules in the manner of Vale's existence, substitution, occurrence, … checks. */
export const vocabularyRuleSchema = z.discriminatedUnion('kind', [
  z.object({ ...ruleBase, kind: z.literal('existence'), tokens: keywordList.min(1) }),
  z.object({
    ...ruleBase,
    kind: z.literal('substitution'),
    /** Keys are the words to avoid, values the preferred words. */
    swap: z.record(text, text),
  }),
  z.object({
    ...ruleBase,
    kind: z.literal('occurrence'),
    token: text,
    max: z.number().int().min(0),
  }),
  z.object({ ...ruleBase, kind: z.literal('capitalization'), spelling: text }),
  z.object({
    ...ruleBase,
    kind: z.literal('conditional'),
    if: keywordList.min(1),
    then: keywordList.min(1),
  }),
]);
export type VocabularyRule = z.infer<typeof vocabularyRuleSchema>;

export const escalationRuleSchema = z.object({
  id: text,
  /** Any of these detected intents triggers the rule. */
  intents: z.array(intentSchema).default([]),
  keywords: perLanguage(keywordList).default({}),
  /** Regular expressions (case-insensitive) for what keywords cannot say. */
  patterns: perLanguage(z.array(text)).default({}),
  /** 'none': no suggestion at all; 'holding': only the holding replies (intent 'crisis'). */
  action: z.enum(['none', 'holding']),
  /** Intents a match adds besides 'crisis', e.g. a food-safety report is also a complaint. */
  implies: z.array(intentSchema).default([]),
  handTo: guideTextSchema,
  guidance: guideTextSchema,
});
export type EscalationRule = z.infer<typeof escalationRuleSchema>;

export const templateSchema = z.object({
  id: text,
  language: languageCodeSchema,
  intents: z.array(intentSchema).min(1),
  surfaces: z.array(replySurfaceSchema).min(1),
  /** Words a message may contain for this template to fit; retrieval searches these only. */
  triggers: z.array(text),
  text,
  variables: z.array(z.enum(KNOWN_VARIABLES)).default([]),
  /** A key chord that inserts this reply, e.g. "Alt+1"; unique within the guide. */
  shortcut: z
    .string()
    .regex(/^Alt\+(Shift\+)?[A-Z0-9]$/)
    .optional(),
});
export type Template = z.infer<typeof templateSchema>;

/** The guide's shape alone; toneGuideSchema adds the cross-field checks (guide-checks.ts). */
export const toneGuideObjectSchema = z.object({
  name: text,
  brand: z.object({
    /** Exact spellings; any other capitalization is reported. */
    names: z.array(text).min(1),
  }),
  languages: z.object({
    supported: z.array(languageCodeSchema).min(1),
    default: languageCodeSchema,
    /** Tried in order when a message's language is not supported. */
    fallbackOrder: z.array(languageCodeSchema).default([]),
  }),
  voice: z.array(voiceTraitSchema),
  locales: perLanguage(localeSchema),
  emoji: emojiSchema,
  maxExclamations: z.number().int().min(0),
  surfaces: z.object(
    Object.fromEntries(
      REPLY_SURFACES.map(({ surface, maxLength }) => [surface, surfaceRulesSchema(maxLength)]),
    ) as Record<ReplySurface, SurfaceRulesSchema>,
  ),
  rules: z.array(vocabularyRuleSchema).default([]),
  escalation: z.array(escalationRuleSchema).default([]),
  intentGuidance: z.partialRecord(intentSchema, text).default({}),
  intentKeywords: perLanguage(z.partialRecord(intentSchema, keywordList)).default({}),
  templates: z.array(templateSchema),
});

export { PATTERN_FLAGS };

/**
 * Cross-field checks run as soon as the sections they read are well-formed, even when other
 * sections are broken, so one import lists every problem at once.
 */
function crossCheck(check: (guide: GuideShape, problem: Problem) => void, sections: string[]) {
  return [
    (guide: GuideShape, ctx: z.RefinementCtx) =>
      check(guide, (path, message, key, params) =>
        ctx.addIssue(ownIssue(path, message, key, params)),
      ),
    {
      // Only shape errors block a check; problems found by the other cross-checks do not. An
      // issue without a path means the document is not even an object: nothing to check.
      when: (payload: { issues: readonly { code?: string; path?: readonly PropertyKey[] }[] }) =>
        !payload.issues.some(
          (issue) =>
            issue.code !== 'custom' &&
            (!issue.path?.length || sections.includes(String(issue.path[0]))),
        ),
    },
  ] as const;
}

export const toneGuideSchema = toneGuideObjectSchema
  .superRefine(...crossCheck(checkLanguages, ['languages', 'locales']))
  .superRefine(...crossCheck(checkTemplates, ['languages', 'templates']))
  .superRefine(...crossCheck(checkEscalation, ['escalation']));

export type ToneGuide = z.infer<typeof toneGuideSchema>;
/** The guide as written in JSON, before defaults are filled in. */
export type ToneGuideInput = z.input<typeof toneGuideSchema>;

export type GuideProblem = ValidationProblem;

export type ParseToneGuideResult =
  { ok: true; guide: ToneGuide } | { ok: false; problems: GuideProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((formatted, segment) => {
    if (typeof segment === 'number') return `${formatted}[${segment}]`;
    const name = String(segment);
    return formatted === '' ? name : `${formatted}.${name}`;
  }, '');
}

/**
 * What the whole guide's schema says about one surface's rules, with paths inside the surface
 * ("maxLength"): the form checks a field as the person types, with the rules a save applies.
 */
export function surfaceRulesProblems(surface: ReplySurface, rules: unknown): GuideProblem[] {
  const result = toneGuideObjectSchema.shape.surfaces.shape[surface].safeParse(rules, {
    reportInput: true,
  });
  if (result.success) return [];
  return issuesToReport(result.error.issues).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
    ...uiMessageOf(issue),
  }));
}

/**
 * Checks a whole guide and lists every problem at once. Cross-field checks run only when the
 * shape is right, so a broken guide is reported in two rounds at most.
 */
export function parseToneGuide(json: unknown): ParseToneGuideResult {
  // With its input an issue tells a missing field from a wrong one (see uiMessageOf).
  const result = toneGuideSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, guide: result.data };
  return {
    ok: false,
    problems: issuesToReport(result.error.issues).map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
      ...uiMessageOf(issue),
    })),
  };
}
