import type { DetectedItem } from '../model/detected-item';
import { checkTone, type ToneFinding } from '../tone/check';
import {
  intentSchema,
  type Intent,
  type LanguageCode,
  type ReplySurface,
  type Template,
  type ToneGuide,
} from '../tone/schema';
import { findEscalation } from './escalation';
import { fillVariables, firstNameOf } from './fill';
import { classifyIntents, type Sentiment } from './intents';
import { detectLanguage } from './language';
import { rankTemplates } from './retrieval';
import type { SuggestionRewriter } from './rewriter';

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

export interface Suggestion {
  text: string;
  templateId: string;
  /** Caret position for the editor, or null. */
  cursor: number | null;
  reasons: string[];
  findings: ToneFinding[];
}

export interface SuggestResult {
  language: LanguageCode;
  languageConfidence: number;
  /** True when the text was too short or unclear and the thread, page or guide language was used. */
  languageFallback: boolean;
  intents: Intent[];
  sentiment: Sentiment;
  escalate: { action: 'none' | 'holding'; handTo: string; guidance: string; ruleId: string } | null;
  spam: boolean;
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
 * How much of a message the pipeline reads: its opening says what it is about, and matching
 * keyword patterns over a 100 KB paste would stall the panel for seconds.
 */
export const ANALYSED_PREFIX_LENGTH = 2_000;

export function suggest(fullInput: SuggestInput, guide: ToneGuide): SuggestResult {
  const input = { ...fullInput, text: fullInput.text.slice(0, ANALYSED_PREFIX_LENGTH) };
  const guess = detectLanguage(
    input.text,
    guide.languages.supported,
    guide.languages.default,
    input,
  );
  const classified = classifyIntents(input.text, guess.language, guide);
  const escalation = findEscalation(input.text, guess.language, classified.intents, guide);
  const intents = escalation
    ? intentSchema.options.filter(
        (intent) =>
          intent === 'crisis' ||
          escalation.implies.includes(intent) ||
          classified.intents.includes(intent),
      )
    : classified.intents;
  const sentiment = escalation ? 'negative' : classified.sentiment;
  const base = {
    language: guess.language,
    languageConfidence: guess.languageConfidence,
    languageFallback: guess.fallback,
    intents,
    sentiment,
    escalate: escalation && {
      action: escalation.action,
      handTo: escalation.handTo,
      guidance: escalation.guidance,
      ruleId: escalation.ruleId,
    },
    spam: intents.includes('spam'),
  } satisfies Omit<SuggestResult, 'suggestions'>;
  if (escalation?.action === 'none') return { ...base, suggestions: [] };

  const ranked = rankTemplates(
    {
      text: input.text,
      language: guess.language,
      surface: input.surface,
      intents,
      onlyIntents: escalation ? ['crisis'] : undefined,
    },
    guide,
  );
  const values = {
    firstName: firstNameOf(input.authorName),
    agentName: input.agentName,
    pageName: input.pageName,
  };
  const suggestions = ranked.map(({ template, reasons }) => {
    const composed = withSignOff(template, guide, input.surface);
    const filled = fillVariables(composed.text, values);
    const allReasons = escalation
      ? [`holding reply (escalation: ${escalation.ruleId})`, ...reasons]
      : reasons;
    if (composed.added) allReasons.push(`sign-off added for ${input.surface}`);
    return {
      text: filled.text,
      templateId: template.id,
      cursor: filled.cursor,
      reasons: allReasons,
      findings: checkTone(filled.text, guide, {
        language: template.language,
        surface: input.surface,
        intents,
      }),
    };
  });
  return { ...base, suggestions };
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
    language: result.language,
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
        reasons: [...suggestion.reasons, 'rewritten on device'],
        findings: checkTone(text, guide, context),
      };
    }),
  );
  return { ...result, suggestions };
}
