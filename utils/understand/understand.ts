import { intentSchema, type Intent } from '../tone/schema';
import { crisisRuleMatches, type CrisisRuleIndex, type CrisisRuleMatch } from './crisis';
import { cosine, intentFeatures, type FeatureVector } from './features';
import {
  detectLanguage,
  type EldDetector,
  type LanguageGuess,
  type LanguageHints,
} from './language';
import { classProbabilities, type LinearModel } from './linear-model';
import { measureSentiment, type Sentiment } from './sentiment';

/**
 * What a message is: its language, its intents ranked by the model's calibrated scores, its
 * sentiment, and whether it is a crisis. Pure: the models and the person's own corrections
 * (exemplars) are passed in.
 */
export interface UnderstandingModels {
  intent: LinearModel;
  language: LinearModel;
  /** eld's detector with its n-gram database loaded (utils/understand/models.ts). */
  eld: EldDetector;
  /** The per-language crisis rule lists (public/model/crisis-rules.json), indexed. */
  crisisRules: CrisisRuleIndex;
}

/** A message a person classified differently from the model, kept in this browser only. */
export interface Exemplar {
  features: FeatureVector;
  intent: Intent;
  escalate: boolean;
  /** When the person answered it (ISO), for the reason "like a message you answered on 3 Nov". */
  at: string;
}

export interface ExemplarMatch {
  intent: Intent;
  escalate: boolean;
  at: string;
  similarity: number;
}

export interface CrisisDecision {
  escalate: boolean;
  probability: number;
  /** Kinds whose words occur (press, injury, hazard …). */
  kinds: CrisisRuleMatch['kind'][];
  matched: string[];
  /** Why it was escalated: the model, the rule lists, a person's earlier escalation. */
  by: ('model' | 'rules' | 'exemplar')[];
}

export interface Understanding extends LanguageGuess {
  /** Primary first; every intent with a score of at least MIN_LISTED, and always the primary. */
  intents: Intent[];
  intentScores: Record<Intent, number>;
  /** The primary intent's score is high enough to pre-fill a reply. */
  confident: boolean;
  sentiment: Sentiment;
  crisis: CrisisDecision;
  exemplar?: ExemplarMatch;
}

export interface UnderstandOptions extends LanguageHints {
  exemplars?: readonly Exemplar[];
}

const INTENTS = intentSchema.options;
export const MIN_LISTED = 0.15;
export const CONFIDENT_SCORE = 0.6;
/** An exemplar this similar re-ranks the message; as similar as this, it decides. */
const EXEMPLAR_MIN_SIMILARITY = 0.45;
const EXEMPLAR_WEIGHT = 0.6;
/**
 * Praise the model is this sure of, and surer than of a crisis, is not escalated on a rule word
 * alone: thanks to an emergency room, "fire service from your staff", "to die for". Chosen on
 * the calibration blocks (0.9, 0.6, 0.5, 0.4: the most crises caught at 2% false escalations).
 */
const PRAISE_OVERRULES_RULES = 0.6;

/** Whether the rule lists' words count, given the model's scores (also used to fit thresholds). */
export function rulesCount(scores: ReadonlyMap<string, number>): boolean {
  const praise = scores.get('praise') ?? 0;
  return !(praise >= PRAISE_OVERRULES_RULES && praise > (scores.get('crisis') ?? 0));
}
/** An exemplar this similar is the same message, perhaps re-rendered or with an emoji more. */
const SAME_MESSAGE = 0.9;

function nearestExemplar(
  features: FeatureVector,
  exemplars: readonly Exemplar[],
): ExemplarMatch | undefined {
  let bestMatch: ExemplarMatch | undefined;
  for (const exemplar of exemplars) {
    const similarity = cosine(features, exemplar.features);
    if (similarity >= EXEMPLAR_MIN_SIMILARITY && similarity > (bestMatch?.similarity ?? 0)) {
      bestMatch = {
        intent: exemplar.intent,
        escalate: exemplar.escalate,
        at: exemplar.at,
        similarity,
      };
    }
  }
  return bestMatch;
}

function rounded(scores: Map<string, number>): Record<Intent, number> {
  const out = {} as Record<Intent, number>;
  for (const intent of INTENTS) out[intent] = Math.round((scores.get(intent) ?? 0) * 1000) / 1000;
  return out;
}

export function understand(
  text: string,
  models: UnderstandingModels,
  options: UnderstandOptions = {},
): Understanding {
  const language = detectLanguage(text, models, options);
  const measured = measureSentiment(text);
  const features = intentFeatures(text, measured);
  const scores = classProbabilities(models.intent, features);
  const exemplar = options.exemplars?.length
    ? nearestExemplar(features, options.exemplars)
    : undefined;
  if (exemplar) {
    // Blend the person's own answer in, weighted by how alike the messages are: for the same
    // message (or nearly) the person's answer decides.
    const weight = (EXEMPLAR_WEIGHT * exemplar.similarity) / (1.05 - exemplar.similarity);
    for (const intent of INTENTS) {
      const vote = intent === exemplar.intent ? 1 : 0;
      scores.set(intent, ((scores.get(intent) ?? 0) + weight * vote) / (1 + weight));
    }
  }
  const rules = crisisRuleMatches(text, models.crisisRules);
  const probability = scores.get('crisis') ?? 0;
  const by: CrisisDecision['by'] = [];
  const sentiment = measured.sentiment;
  // Thanks and praise need stronger evidence from the model alone: a grateful message that
  // merely mentions a hospital or a fire drill is not a crisis. The rules still escalate it.
  const threshold =
    sentiment === 'positive'
      ? (models.intent.crisisThresholdPositive ?? models.intent.crisisThreshold ?? 0.2)
      : (models.intent.crisisThreshold ?? 0.2);
  if (probability >= threshold) by.push('model');
  if (rules.length > 0 && rulesCount(scores)) by.push('rules');
  if (exemplar?.escalate && exemplar.similarity >= 0.6) by.push('exemplar');
  // A person who filed this very message as no crisis has decided; a similar one still escalates.
  const overruled = exemplar && !exemplar.escalate && exemplar.similarity >= SAME_MESSAGE;
  const escalate = by.length > 0 && !overruled;
  // Crisis is its own decision: a message not escalated is filed under its best other intent,
  // its crisis score still listed and shown.
  const ranked = [...INTENTS].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  const primary: Intent = escalate ? 'crisis' : ranked.find((intent) => intent !== 'crisis')!;

  const intents = [
    primary,
    ...ranked.filter((intent) => intent !== primary && (scores.get(intent) ?? 0) >= MIN_LISTED),
  ];
  return {
    ...language,
    intents,
    intentScores: rounded(scores),
    confident: !escalate && (scores.get(primary) ?? 0) >= CONFIDENT_SCORE,
    sentiment,
    crisis: {
      escalate,
      probability: Math.round(probability * 1000) / 1000,
      kinds: rules.map((rule) => rule.kind),
      matched: rules.flatMap((rule) => rule.matched),
      by,
    },
    ...(exemplar ? { exemplar } : {}),
  };
}
