import { intentSchema, type Intent } from '../tone/schema';
import { understand, type Exemplar, type UnderstandingModels } from './understand';
import { intentFeatures } from './features';

/** A labelled message, as in the corpus: language, the one intent a person filed it under. */
export interface LabelledRow {
  lang: string;
  intent: Intent;
  text: string;
}

export interface UnderstandingReport {
  messages: number;
  languageAccuracy: number;
  languageAccuracyByLanguage: Record<string, number>;
  /** The primary intent equals the label. */
  intentAccuracy: number;
  intentMacroF1: number;
  crisisRecall: number;
  /** Escalated messages not labelled crisis, over all messages not labelled crisis. */
  falseEscalationRate: number;
  praiseEscalated: number;
  /** Mean |confidence − correct| over bins: how far scores are from probabilities. */
  expectedCalibrationError: number;
  misses: { text: string; lang: string; intent: Intent; got: Prediction }[];
}

/** What is measured of one message: the understanding alone, or the whole suggestion pipeline. */
export interface Prediction {
  language: string;
  /** Primary first. */
  intents: readonly Intent[];
  intentScores: Record<Intent, number>;
  escalate: boolean;
}

export function predictionOf(text: string, models: UnderstandingModels): Prediction {
  const understood = understand(text, models);
  return { ...understood, escalate: understood.crisis.escalate };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const round = (value: number) => Math.round(value * 1000) / 1000;

export function evaluateUnderstanding(
  rows: readonly LabelledRow[],
  models: UnderstandingModels,
  predict: (row: LabelledRow) => Prediction = (row) => predictionOf(row.text, models),
): UnderstandingReport {
  const byLanguage = new Map<string, { right: number; total: number }>();
  const perIntent = new Map<Intent, { tp: number; fp: number; fn: number }>(
    intentSchema.options.map((intent) => [intent, { tp: 0, fp: 0, fn: 0 }]),
  );
  const bins = Array.from({ length: 10 }, () => ({ confidence: 0, correct: 0, count: 0 }));
  let languageRight = 0;
  let intentRight = 0;
  let crisisTotal = 0;
  let crisisCaught = 0;
  let nonCrisis = 0;
  let falseEscalations = 0;
  let praiseEscalated = 0;
  const misses: UnderstandingReport['misses'] = [];
  for (const row of rows) {
    const got = predict(row);
    const language = byLanguage.get(row.lang) ?? { right: 0, total: 0 };
    language.total += 1;
    if (got.language === row.lang) {
      language.right += 1;
      languageRight += 1;
    }
    byLanguage.set(row.lang, language);
    const primary = got.intents[0]!;
    if (primary === row.intent) intentRight += 1;
    for (const [intent, count] of perIntent) {
      if (primary === intent && row.intent === intent) count.tp += 1;
      else if (primary === intent) count.fp += 1;
      else if (row.intent === intent) count.fn += 1;
    }
    const confidence = got.intentScores[primary];
    const bin = bins[Math.min(9, Math.floor(confidence * 10))]!;
    bin.confidence += confidence;
    bin.correct += primary === row.intent ? 1 : 0;
    bin.count += 1;
    if (row.intent === 'crisis') {
      crisisTotal += 1;
      if (got.escalate) crisisCaught += 1;
    } else {
      nonCrisis += 1;
      if (got.escalate) falseEscalations += 1;
      if (got.escalate && row.intent === 'praise') praiseEscalated += 1;
    }
    if (
      primary !== row.intent ||
      got.language !== row.lang ||
      got.escalate !== (row.intent === 'crisis')
    ) {
      misses.push({ text: row.text, lang: row.lang, intent: row.intent, got });
    }
  }
  const f1s = [...perIntent.values()]
    .filter((count) => count.tp + count.fn > 0)
    .map(({ tp, fp, fn }) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)));
  const ece = bins.reduce(
    (sum, bin) => sum + (bin.count === 0 ? 0 : Math.abs(bin.confidence - bin.correct)),
    0,
  );
  return {
    messages: rows.length,
    languageAccuracy: round(ratio(languageRight, rows.length)),
    languageAccuracyByLanguage: Object.fromEntries(
      [...byLanguage].map(([language, count]) => [
        language,
        round(ratio(count.right, count.total)),
      ]),
    ),
    intentAccuracy: round(ratio(intentRight, rows.length)),
    intentMacroF1: round(f1s.reduce((sum, f1) => sum + f1, 0) / (f1s.length || 1)),
    crisisRecall: round(ratio(crisisCaught, crisisTotal)),
    falseEscalationRate: round(ratio(falseEscalations, nonCrisis)),
    praiseEscalated,
    expectedCalibrationError: round(ece / (rows.length || 1)),
    misses,
  };
}

/**
 * Replays messages in order as a person would answer them: each message the model got wrong is
 * corrected and kept as an exemplar, like the extension does. Accuracy of the first and second
 * half shows whether the corrections carry over to later, similar messages.
 */
export function replayWithCorrections(rows: readonly LabelledRow[], models: UnderstandingModels) {
  const exemplars: Exemplar[] = [];
  const half = Math.floor(rows.length / 2);
  let first = 0;
  let second = 0;
  let secondWithout = 0;
  rows.forEach((row, index) => {
    const got = understand(row.text, models, { exemplars });
    const right = got.intents[0] === row.intent;
    if (index < half) first += right ? 1 : 0;
    else {
      second += right ? 1 : 0;
      secondWithout += understand(row.text, models).intents[0] === row.intent ? 1 : 0;
    }
    if (!right) {
      exemplars.push({
        features: intentFeatures(row.text),
        intent: row.intent,
        escalate: row.intent === 'crisis',
        at: new Date(Date.UTC(2026, 10, 1 + (index % 28))).toISOString(),
      });
    }
  });
  return {
    firstHalf: round(ratio(first, half)),
    secondHalf: round(ratio(second, rows.length - half)),
    /** The second half without any correction: the difference is what the corrections taught. */
    secondHalfWithout: round(ratio(secondWithout, rows.length - half)),
    corrections: exemplars.length,
  };
}
