import { compileKeywords, findKeywords } from '../tone/keywords';
import {
  PATTERN_FLAGS,
  type EscalationRule,
  type GuideText,
  type Intent,
  type LanguageCode,
  type ToneGuide,
} from '../tone/schema';

export interface Escalation {
  action: EscalationRule['action'];
  handTo: GuideText;
  guidance: GuideText;
  ruleId: string;
  implies: Intent[];
  /** What matched: keywords, pattern text or `intent:<name>`. */
  matched: string[];
}

/**
 * English is always checked besides the message's language: staff and guests mix in English
 * words ("lawyer", "food poisoning"), and missing a crisis costs far more than a false alarm.
 */
function languagesToCheck(language: LanguageCode): LanguageCode[] {
  return language === 'en' ? ['en'] : [language, 'en'];
}

/**
 * Patterns read only the start of a message. Import and edit refuse patterns that backtrack
 * catastrophically (utils/tone/pattern-safety.ts) but accept quadratic ones, whose cost this bounds;
 * keywords, which cannot backtrack, still read the whole message.
 */
export const PATTERN_INPUT_LIMIT = 5_000;

const compiledPatterns = new Map<string, RegExp>();
const MAX_COMPILED_PATTERNS = 1_000;

function compilePattern(source: string): RegExp {
  let pattern = compiledPatterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source, PATTERN_FLAGS);
    if (compiledPatterns.size >= MAX_COMPILED_PATTERNS) compiledPatterns.clear();
    compiledPatterns.set(source, pattern);
  }
  return pattern;
}

function ruleMatches(
  text: string,
  rule: EscalationRule,
  language: LanguageCode,
  intents: readonly Intent[],
) {
  const matched: string[] = [];
  const patternInput = text.slice(0, PATTERN_INPUT_LIMIT);
  for (const checked of languagesToCheck(language)) {
    const keywords = findKeywords(text, compileKeywords(rule.keywords[checked] ?? []));
    matched.push(...keywords.map((match) => match.text.toLowerCase()));
    for (const pattern of rule.patterns[checked] ?? []) {
      const found = compilePattern(pattern).exec(patternInput);
      if (found) matched.push(found[0]);
    }
  }
  matched.push(
    ...rule.intents
      .filter((intent) => intents.includes(intent))
      .map((intent) => `intent:${intent}`),
  );
  return matched;
}

/** The first escalation rule (in guide order) that the message triggers, or null. */
export function findEscalation(
  text: string,
  language: LanguageCode,
  intents: readonly Intent[],
  guide: ToneGuide,
): Escalation | null {
  for (const rule of guide.escalation) {
    const matched = ruleMatches(text, rule, language, intents);
    if (matched.length > 0) {
      return {
        action: rule.action,
        handTo: rule.handTo,
        guidance: rule.guidance,
        ruleId: rule.id,
        implies: rule.implies,
        matched: [...new Set(matched)],
      };
    }
  }
  return null;
}
