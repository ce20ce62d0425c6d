import { z } from 'zod';
import {
  intentSchema,
  languageCodeSchema,
  type Intent,
  type LanguageCode,
  type ToneGuide,
} from '../tone/schema';
import { suggest } from './suggest';

export const labelledMessageSchema = z.object({
  text: z.string(),
  language: languageCodeSchema,
  intents: z.array(intentSchema),
});
export type LabelledMessage = z.infer<typeof labelledMessageSchema>;

export interface IntentScores {
  precision: number;
  recall: number;
  f1: number;
}

export interface QualityReport {
  messages: number;
  /** Share of messages detected in their labelled language, per labelled language. */
  languageAccuracy: Partial<Record<LanguageCode, number>>;
  /**
   * Intents are multi-label: every (message, intent) pair is a decision. Micro scores pool the
   * pairs of all intents; `exactMatch` is the share of messages whose detected set equals the label.
   */
  intent: IntentScores & { exactMatch: number; perIntent: Partial<Record<Intent, IntentScores>> };
  /** Share of messages labelled crisis that were escalated. */
  crisisRecall: number;
  /** Share of escalated messages that were labelled crisis. */
  crisisPrecision: number;
  /** Messages where language, intents or escalation differ from the label, for tuning. */
  misses: {
    text: string;
    expected: LabelledMessage;
    language: LanguageCode;
    intents: Intent[];
    escalated: boolean;
  }[];
}

function scores(
  truePositives: number,
  falsePositives: number,
  falseNegatives: number,
): IntentScores {
  const precision =
    truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall =
    truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Runs the whole pipeline on labelled messages (as Facebook comments with no thread context). */
export function evaluateQuality(
  messages: readonly LabelledMessage[],
  guide: ToneGuide,
): QualityReport {
  const languageCounts = new Map<LanguageCode, { right: number; total: number }>();
  const counts = new Map<Intent, { tp: number; fp: number; fn: number }>(
    intentSchema.options.map((intent) => [intent, { tp: 0, fp: 0, fn: 0 }]),
  );
  let exact = 0;
  let crisisLabelled = 0;
  let crisisCaught = 0;
  let escalatedTotal = 0;
  let escalatedCrisis = 0;
  const misses: QualityReport['misses'] = [];

  for (const message of messages) {
    const result = suggest({ text: message.text, surface: 'facebook-comment' }, guide);
    const language = languageCounts.get(message.language) ?? { right: 0, total: 0 };
    language.total += 1;
    if (result.language === message.language) language.right += 1;
    languageCounts.set(message.language, language);

    const expected = new Set(message.intents);
    const detected = new Set(result.intents);
    for (const intent of intentSchema.options) {
      const count = counts.get(intent)!;
      if (expected.has(intent) && detected.has(intent)) count.tp += 1;
      else if (detected.has(intent)) count.fp += 1;
      else if (expected.has(intent)) count.fn += 1;
    }
    const sameIntents =
      expected.size === detected.size && [...expected].every((intent) => detected.has(intent));
    if (sameIntents) exact += 1;

    const escalated = result.escalate !== null;
    const isCrisis = expected.has('crisis');
    if (isCrisis) crisisLabelled += 1;
    if (isCrisis && escalated) crisisCaught += 1;
    if (escalated) escalatedTotal += 1;
    if (escalated && isCrisis) escalatedCrisis += 1;

    if (result.language !== message.language || !sameIntents || escalated !== isCrisis) {
      misses.push({
        text: message.text,
        expected: message,
        language: result.language,
        intents: result.intents,
        escalated,
      });
    }
  }

  const totals = [...counts.values()].reduce(
    (sum, count) => ({ tp: sum.tp + count.tp, fp: sum.fp + count.fp, fn: sum.fn + count.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    messages: messages.length,
    languageAccuracy: Object.fromEntries(
      [...languageCounts].map(([language, count]) => [language, ratio(count.right, count.total)]),
    ),
    intent: {
      ...scores(totals.tp, totals.fp, totals.fn),
      exactMatch: ratio(exact, messages.length),
      perIntent: Object.fromEntries(
        [...counts].map(([intent, count]) => [intent, scores(count.tp, count.fp, count.fn)]),
      ),
    },
    crisisRecall: ratio(crisisCaught, crisisLabelled),
    crisisPrecision: ratio(escalatedCrisis, escalatedTotal),
    misses,
  };
}
