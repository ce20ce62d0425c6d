import type { DetectedItem } from '../model/detected-item';
import { checkTone, type ToneFinding } from '../tone/check';
import { compileKeywords, findKeywords } from '../tone/keywords';
import {
  intentSchema,
  languageCodeSchema,
  type Intent,
  type LanguageCode,
  type ReplySurface,
  type GuideText,
  type Template,
  type ToneGuide,
} from '../tone/schema';
import type { Exemplar, Understanding, UnderstandingModels } from '../understand/understand';
import { CONFIDENT_SCORE, MIN_LISTED, rulesCount, understand } from '../understand/understand';
import { findEscalation, type Escalation } from './escalation';
import { fillVariables, firstNameOf } from './fill';
import { rankTemplates, type SuggestionReason } from './retrieval';
export type { SuggestionReason } from './retrieval';
import type { SuggestionRewriter } from './rewriter';
import type { Sentiment } from '../understand/sentiment';

/** Where the reply to a detected item will be written. */
export function replySurfaceFor(item: Pick<DetectedItem, 'platform' | 'kind'>): ReplySurface {
  return `${item.platform}-${item.kind === 'dm' ? 'dm' : 'comment'}`;
}

export interface SuggestInput {
  text: string;
  authorName?: string;
  surface: ReplySurface;
  threadLanguage?: string;
  pageLanguage?: string;
  agentName?: string;
  pageName?: string;
}

export interface SuggestOptions {
  /** The person's own corrections, nearest neighbours of which re-rank the intents. */
  exemplars?: readonly Exemplar[];
  /** Templates in this guide language instead of the detected one (the panel's switch). */
  templateLanguage?: LanguageCode;
}

export interface Suggestion {
  text: string;
  templateId: string;
  /** Caret position for the editor, or null. */
  cursor: number | null;
  reasons: SuggestionReason[];
  findings: ToneFinding[];
}

/** Why the message was understood as it was, for the panel (keys with values, not English). */
export type UnderstandingReason =
  | { kind: 'model'; intent: Intent; score: number }
  | { kind: 'guideKeyword'; intent: Intent; words: string[] }
  | { kind: 'exemplar'; intent: Intent; at: string }
  | { kind: 'crisisWords'; words: string[] }
  | { kind: 'crisisModel'; score: number }
  | { kind: 'guideRule'; ruleId: string; words: string[] };

export interface SuggestResult {
  /** ISO 639-1 code of the message's language, any language ("de", "pl"), "und" when unknown. */
  language: string;
  languageConfidence: number;
  /** True when the text was too short or unclear and the thread's or page's language was used. */
  languageFallback: boolean;
  /** The message's language is one the guide writes in. */
  languageInGuide: boolean;
  /** The language of the templates offered (the guide's default when the message's is not in it). */
  templateLanguage: LanguageCode;
  /** Primary first. */
  intents: Intent[];
  intentScores: Record<Intent, number>;
  sentiment: Sentiment;
  escalate: {
    action: 'none' | 'holding';
    /** Whom to hand it to and what to do, as the guide words them (one text or per language). */
    handTo: GuideText;
    guidance: GuideText;
    ruleId: string;
    by: Understanding['crisis']['by'];
    kinds: Understanding['crisis']['kinds'];
  } | null;
  spam: boolean;
  /** A suggestion may start in the editor: confident, in the message's language, of its intent. */
  prefill: boolean;
  reasons: UnderstandingReason[];
  suggestions: Suggestion[];
}

/** Appends the locale's sign-off where the surface asks for one and the template has none. */
function withSignOff(
  template: Template,
  guide: ToneGuide,
  surface: ReplySurface,
): { text: string; added: boolean } {
  const signOff = guide.locales[template.language]?.signOffs[0];
  const hasSignOff = guide.locales[template.language]?.signOffs.some((candidate) =>
    template.text.includes(candidate),
  );
  if (!guide.surfaces[surface].signOff || !signOff || hasSignOff)
    return { text: template.text, added: false };
  return { text: `${template.text}\n\n${signOff}`, added: true };
}

/**
 * One template written for one message: the surface's sign-off added, the variables filled with
 * the author's first name, the agent's and the page's names, and checked against the guide. A
 * suggestion is this; so is a saved reply a person asks for by its shortcut.
 */
export function renderTemplate(
  template: Template,
  guide: ToneGuide,
  input: Pick<SuggestInput, 'authorName' | 'surface' | 'agentName' | 'pageName'>,
  intents: readonly Intent[],
): Suggestion {
  const composed = withSignOff(template, guide, input.surface);
  const filled = fillVariables(composed.text, {
    firstName: firstNameOf(input.authorName),
    agentName: input.agentName,
    pageName: input.pageName,
  });
  return {
    text: filled.text,
    templateId: template.id,
    cursor: filled.cursor,
    reasons: composed.added ? [{ kind: 'signOff', surface: input.surface }] : [],
    findings: checkTone(filled.text, guide, {
      language: template.language,
      surface: input.surface,
      intents,
    }),
  };
}

/**
 * How much of a message the pipeline reads: its opening says what it is about, and matching
 * keyword patterns over a 100 KB paste would stall the panel for seconds.
 */
export const ANALYSED_PREFIX_LENGTH = 2_000;

/** A guide word for an intent moves that intent up by this much probability mass. */
const GUIDE_KEYWORD_BOOST = 0.3;
/** Templates that are only a greeting and a caret ("Hej X! Tack för att du hör av dig. |"). */
const STUB_LETTERS = 45;

function isStub(template: Template): boolean {
  if (!template.text.includes('{cursor}')) return false;
  const fixed = template.text.replace(/\{[^}]*\}/g, '');
  return (fixed.match(/\p{L}/gu)?.length ?? 0) < STUB_LETTERS;
}

function guideLanguage(language: string, guide: ToneGuide): LanguageCode | null {
  const parsed = languageCodeSchema.safeParse(language);
  return parsed.success && guide.languages.supported.includes(parsed.data) ? parsed.data : null;
}

/** The company's own intent words, in the message's language and English, shift the ranking. */
function applyGuideKeywords(
  text: string,
  language: LanguageCode,
  guide: ToneGuide,
  scores: Record<Intent, number>,
): UnderstandingReason[] {
  const reasons: UnderstandingReason[] = [];
  const languages = language === 'en' ? ['en' as const] : [language, 'en' as const];
  for (const intent of intentSchema.options) {
    const words = languages.flatMap((checked) =>
      findKeywords(text, compileKeywords(guide.intentKeywords[checked]?.[intent] ?? [])).map(
        (match) => match.text.toLowerCase(),
      ),
    );
    if (words.length === 0) continue;
    scores[intent] += GUIDE_KEYWORD_BOOST;
    reasons.push({ kind: 'guideKeyword', intent, words: [...new Set(words)] });
  }
  if (reasons.length > 0) {
    const total = intentSchema.options.reduce((sum, intent) => sum + scores[intent], 0);
    for (const intent of intentSchema.options) {
      scores[intent] = Math.round((scores[intent] / total) * 1000) / 1000;
    }
  }
  return reasons;
}

function escalationOf(
  escalation: Escalation | null,
  understood: Understanding,
): SuggestResult['escalate'] {
  if (!escalation && !understood.crisis.escalate) return null;
  return {
    action: escalation?.action ?? 'none',
    handTo: escalation?.handTo ?? '',
    guidance: escalation?.guidance ?? '',
    ruleId: escalation?.ruleId ?? 'crisis',
    by: understood.crisis.by,
    kinds: understood.crisis.kinds,
  };
}

export function suggest(
  fullInput: SuggestInput,
  guide: ToneGuide,
  models: UnderstandingModels,
  options: SuggestOptions = {},
): SuggestResult {
  const input = { ...fullInput, text: fullInput.text.slice(0, ANALYSED_PREFIX_LENGTH) };
  const understood = understand(input.text, models, {
    threadLanguage: input.threadLanguage,
    pageLanguage: input.pageLanguage,
    exemplars: options.exemplars,
  });
  const inGuide = guideLanguage(understood.language, guide);
  const rulesLanguage = inGuide ?? guide.languages.default;
  const scores = { ...understood.intentScores };
  const reasons: UnderstandingReason[] = applyGuideKeywords(
    input.text,
    rulesLanguage,
    guide,
    scores,
  );
  const ranked = [...intentSchema.options].sort((a, b) => scores[b] - scores[a]);

  // The guide's escalation rules see the model's crisis decision as the intent 'crisis'.
  const found = findEscalation(
    input.text,
    rulesLanguage,
    understood.crisis.escalate
      ? ['crisis', ...ranked]
      : ranked.filter((intent) => intent !== 'crisis'),
    guide,
  );
  // The guide's words count like the crisis rule lists: praise the model is sure of ("thanks to
  // the whole emergency ward") is not escalated on a word alone; a rule naming an intent still is.
  const praiseOverrules =
    found !== null &&
    !understood.crisis.escalate &&
    found.matched.every((word) => !word.startsWith('intent:')) &&
    !rulesCount(new Map(Object.entries(understood.intentScores)));
  const escalation = praiseOverrules ? null : found;
  const escalate = escalationOf(escalation, understood);
  // Crisis is its own decision: not escalated, the message is answered as its best other intent.
  const primary: Intent = escalate ? 'crisis' : ranked.find((intent) => intent !== 'crisis')!;
  const intents = [
    primary,
    ...ranked.filter((intent) => intent !== primary && scores[intent] >= MIN_LISTED),
  ];
  reasons.unshift({ kind: 'model', intent: ranked[0]!, score: scores[ranked[0]!] });
  if (understood.exemplar) {
    reasons.push({
      kind: 'exemplar',
      intent: understood.exemplar.intent,
      at: understood.exemplar.at,
    });
  }
  if (understood.crisis.matched.length > 0) {
    reasons.push({ kind: 'crisisWords', words: understood.crisis.matched });
  }
  if (understood.crisis.by.includes('model')) {
    reasons.push({ kind: 'crisisModel', score: understood.crisis.probability });
  }
  if (escalation && escalation.matched.some((word) => !word.startsWith('intent:'))) {
    reasons.push({ kind: 'guideRule', ruleId: escalation.ruleId, words: escalation.matched });
  }

  const templateLanguage = options.templateLanguage ?? inGuide ?? guide.languages.default;
  const confident = !escalate && scores[primary] >= CONFIDENT_SCORE;
  const base = {
    language: understood.language,
    languageConfidence: understood.languageConfidence,
    languageFallback: understood.fallback,
    languageInGuide: inGuide !== null,
    templateLanguage,
    intents,
    intentScores: scores,
    sentiment: understood.sentiment,
    escalate,
    spam: primary === 'spam',
    reasons,
  } satisfies Omit<SuggestResult, 'suggestions' | 'prefill'>;
  // An escalated message never gets a template; a holding reply only where the guide says so.
  if (escalate && escalate.action !== 'holding')
    return { ...base, prefill: false, suggestions: [] };

  // Confident: templates of the primary intent. Unsure: the best of each of the top three
  // listed intents, never of one the message barely scores (a spam reply to a question).
  const wanted = escalate ? ['crisis' as const] : confident ? [primary] : intents.slice(0, 3);
  const candidates = wanted.flatMap((intent) =>
    rankTemplates(
      {
        text: input.text,
        language: templateLanguage,
        surface: input.surface,
        intents: [intent],
        onlyIntents: [intent],
        limit: confident ? 3 : 1,
      },
      guide,
    ).filter(({ template }) => !isStub(template)),
  );
  const seen = new Set<string>();
  const unique = candidates.filter(
    ({ template }) => !seen.has(template.id) && seen.add(template.id),
  );
  const suggestions = unique.slice(0, 3).map(({ template, reasons: templateReasons }) => {
    const rendered = renderTemplate(template, guide, input, intents);
    const reasons: SuggestionReason[] = escalate
      ? [{ kind: 'holding', ruleId: escalate.ruleId }, ...templateReasons, ...rendered.reasons]
      : [...templateReasons, ...rendered.reasons];
    return { ...rendered, reasons };
  });
  const first = unique[0]?.template;
  // A person who chose the template language has said which language is right.
  const rightLanguage = options.templateLanguage ?? inGuide;
  const prefill =
    confident &&
    rightLanguage !== null &&
    first !== undefined &&
    first.language === rightLanguage &&
    first.intents.includes(primary);
  return { ...base, prefill, suggestions };
}

/**
 * Lets an optional rewriter polish each suggestion; its text is checked again against the guide.
 * Without a rewriter the result is returned unchanged.
 */
export async function rewriteSuggestions(
  result: SuggestResult,
  input: SuggestInput,
  guide: ToneGuide,
  rewriter?: SuggestionRewriter,
): Promise<SuggestResult> {
  if (!rewriter) return result;
  const context = {
    language: result.templateLanguage,
    surface: input.surface,
    intents: result.intents,
    message: input.text,
  };
  const suggestions = await Promise.all(
    result.suggestions.map(async (suggestion) => {
      const text = await rewriter.rewrite(suggestion.text, context);
      return {
        ...suggestion,
        text,
        cursor: null,
        reasons: [...suggestion.reasons, { kind: 'rewritten' } as const],
        findings: checkTone(text, guide, context),
      };
    }),
  );
  return { ...result, suggestions };
}
