import { findIndexedKeywords, indexKeywords } from '../tone/keyword-index';
import { CRISIS_KINDS, CRISIS_RULES, type CrisisKind } from './crisis-rules';

export interface CrisisRuleMatch {
  kind: CrisisKind;
  matched: string[];
}

// One index per kind over every language's list, built once.
const INDEXES = CRISIS_KINDS.map((kind) => ({
  kind,
  index: indexKeywords(Object.values(CRISIS_RULES).flatMap((lists) => lists[kind])),
}));

/** The crisis kinds whose words occur in the text, in any of the six languages. */
export function crisisRuleMatches(text: string): CrisisRuleMatch[] {
  const matches: CrisisRuleMatch[] = [];
  for (const { kind, index } of INDEXES) {
    const found = findIndexedKeywords(text, index).map((match) => match.text.toLowerCase());
    if (found.length > 0) matches.push({ kind, matched: [...new Set(found)] });
  }
  return matches;
}
