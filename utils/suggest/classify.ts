import type { ToneGuide } from '../tone/schema';
import { findEscalation } from './escalation';
import { classifyIntents, type Sentiment } from './intents';
import { detectLanguage } from './language';
import { ANALYSED_PREFIX_LENGTH } from './suggest';

export interface ItemClassification {
  language: string;
  /** The first intent found, for filters and the log; undefined when none fired. */
  intent?: string;
  sentiment: Sentiment;
  escalate: boolean;
}

/**
 * What the queue filters and the log need to know about a message, computed once when it is
 * first seen: the same language, intent and escalation steps as the suggestion pipeline.
 */
export function classifyMessage(fullText: string, guide: ToneGuide): ItemClassification {
  const text = fullText.slice(0, ANALYSED_PREFIX_LENGTH);
  const { language } = detectLanguage(text, guide.languages.supported, guide.languages.default);
  const { intents, sentiment } = classifyIntents(text, language, guide);
  const escalation = findEscalation(text, language, intents, guide);
  return {
    language,
    intent: escalation ? 'crisis' : intents[0],
    sentiment: escalation ? 'negative' : sentiment,
    escalate: escalation !== null,
  };
}
