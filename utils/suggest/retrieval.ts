import MiniSearch from 'minisearch';
import type { Intent, LanguageCode, ReplySurface, Template, ToneGuide } from '../tone/schema';

/** Why a template was offered, as data: the panel words it in the UI language. */
export type SuggestionReason =
  /** `wanted` when the message's language has no template and another language's is offered. */
  | { kind: 'language'; language: LanguageCode; wanted?: LanguageCode }
  | { kind: 'intent'; intents: Intent[] }
  | { kind: 'triggers'; words: string[] }
  | { kind: 'holding'; ruleId: string }
  | { kind: 'signOff'; surface: ReplySurface }
  | { kind: 'rewritten' };

export interface RankedTemplate {
  template: Template;
  score: number;
  reasons: SuggestionReason[];
}

export interface RetrievalQuery {
  text: string;
  language: LanguageCode;
  surface: ReplySurface;
  intents: readonly Intent[];
  /** Only templates with one of these intents may be returned (holding replies in a crisis). */
  onlyIntents?: readonly Intent[];
  limit?: number;
}

interface RetrievalIndex {
  /** One small index per language: a message is only ever matched against one language. */
  searchByLanguage: Map<LanguageCode, MiniSearch<{ id: number; triggers: string }>>;
  /** Template positions per `${language}|${surface}`, so filtering costs nothing per message. */
  bySlot: Map<string, number[]>;
}

/** Weight of a shared intent against trigger words, whose scores are scaled to 0..1. */
const INTENT_MATCH = 1;
const EXTRA_INTENT = 0.25;
/**
 * Words are cut to this many letters before indexing and searching: a crude stemmer that lets
 * "öppettiderna" meet "öppettider" and "bestilling" meet "bestille" without costly fuzzy search.
 */
const STEM_LENGTH = 6;

function stem(term: string): string {
  return term.toLowerCase().slice(0, STEM_LENGTH);
}

// Built once per guide object: a parsed guide is never mutated, an edited one is a new object.
const indexes = new WeakMap<ToneGuide, RetrievalIndex>();

function indexFor(guide: ToneGuide): RetrievalIndex {
  let index = indexes.get(guide);
  if (index) return index;
  const searchByLanguage = new Map<LanguageCode, MiniSearch<{ id: number; triggers: string }>>();
  const bySlot = new Map<string, number[]>();
  guide.templates.forEach((template, id) => {
    let search = searchByLanguage.get(template.language);
    if (!search) {
      search = new MiniSearch<{ id: number; triggers: string }>({
        fields: ['triggers'],
        processTerm: stem,
      });
      searchByLanguage.set(template.language, search);
    }
    search.add({ id, triggers: template.triggers.join(' ') });
    for (const surface of template.surfaces) {
      const slot = `${template.language}|${surface}`;
      bySlot.set(slot, [...(bySlot.get(slot) ?? []), id]);
    }
  });
  index = { searchByLanguage, bySlot };
  indexes.set(guide, index);
  return index;
}

/** The language whose templates are used: the message's, else the guide's fallback order. */
function templateLanguage(
  index: RetrievalIndex,
  guide: ToneGuide,
  language: LanguageCode,
  surface: ReplySurface,
) {
  const order = [language, ...guide.languages.fallbackOrder, guide.languages.default];
  return order.find((candidate) => index.bySlot.has(`${candidate}|${surface}`));
}

/**
 * Templates for the message, best first: shared intents count most, then trigger words (searched
 * with MiniSearch over the triggers only, never the reply text).
 */
export function rankTemplates(query: RetrievalQuery, guide: ToneGuide): RankedTemplate[] {
  const index = indexFor(guide);
  const language = templateLanguage(index, guide, query.language, query.surface);
  if (!language) return [];
  const slot = new Set(index.bySlot.get(`${language}|${query.surface}`));
  const search = index.searchByLanguage.get(language);
  const hits = new Map(
    (search?.search(query.text, { filter: (result) => slot.has(result.id) }) ?? []).map((hit) => [
      hit.id as number,
      hit,
    ]),
  );
  const topSearchScore = Math.max(0, ...[...hits.values()].map((hit) => hit.score));

  const ranked: (RankedTemplate & { sharesIntent: boolean })[] = [];
  for (const id of slot) {
    const template = guide.templates[id];
    if (
      query.onlyIntents &&
      !template.intents.some((intent) => query.onlyIntents?.includes(intent))
    )
      continue;
    const sharedIntents = template.intents.filter((intent) => query.intents.includes(intent));
    const hit = hits.get(id);
    if (sharedIntents.length === 0 && !hit && !query.onlyIntents) continue;
    const reasons: SuggestionReason[] = [
      language === query.language
        ? { kind: 'language', language }
        : { kind: 'language', language, wanted: query.language },
    ];
    if (sharedIntents.length > 0) reasons.push({ kind: 'intent', intents: sharedIntents });
    if (hit) {
      const matched = template.triggers.filter((trigger) => hit.terms.includes(stem(trigger)));
      reasons.push({ kind: 'triggers', words: matched });
    }
    const intentScore =
      sharedIntents.length > 0 ? INTENT_MATCH + EXTRA_INTENT * (sharedIntents.length - 1) : 0;
    const score = intentScore + (hit ? hit.score / topSearchScore : 0);
    ranked.push({ template, score, reasons, sharesIntent: sharedIntents.length > 0 });
  }
  // Once any template shares an intent, templates that only share words are noise.
  const anyShared = ranked.some((candidate) => candidate.sharesIntent);
  return ranked
    .filter((candidate) => !anyShared || candidate.sharesIntent || query.onlyIntents)
    .sort((a, b) => b.score - a.score)
    .slice(0, query.limit ?? 3)
    .map(({ template, score, reasons }) => ({ template, score, reasons }));
}
