import { replySurfaceSchema, type ToneGuide } from '../tone/schema';
import type { Sentiment } from '../understand/sentiment';
import type { Exemplar, UnderstandingModels } from '../understand/understand';
import { suggest } from './suggest';

export interface ItemClassification {
  language: string;
  /** The primary intent, for filters, the log, stats and the spike warning. */
  intent: string;
  sentiment: Sentiment;
  escalate: boolean;
}

// Language, intent and sentiment do not depend on where a reply would be written: any surface.
const ANY_SURFACE = replySurfaceSchema.options[0];

/**
 * What the queue filters and the log need to know about a message, computed once when it is
 * first seen: the same understanding the side panel shows.
 */
export function classifyMessage(
  text: string,
  guide: ToneGuide,
  models: UnderstandingModels,
  exemplars: readonly Exemplar[] = [],
  hints: { threadLanguage?: string; pageLanguage?: string } = {},
): ItemClassification {
  const result = suggest({ text, surface: ANY_SURFACE, ...hints }, guide, models, {
    exemplars,
  });
  return {
    language: result.language,
    intent: result.intents[0]!,
    sentiment: result.sentiment,
    escalate: result.escalate !== null,
  };
}
