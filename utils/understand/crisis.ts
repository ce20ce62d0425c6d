import { findIndexedKeywords, indexKeywords, type KeywordIndex } from '../tone/keyword-index';
import { CRISIS_KINDS, type CrisisKind, type CrisisRules } from './crisis-rules';

export interface CrisisRuleMatch {
  kind: CrisisKind;
  matched: string[];
}

/** The rule lists ready to match: one index per kind over every language's list. */
export type CrisisRuleIndex = readonly { kind: CrisisKind; index: KeywordIndex }[];

export function indexCrisisRules(rules: CrisisRules): CrisisRuleIndex {
  return CRISIS_KINDS.map((kind) => ({
    kind,
    index: indexKeywords(Object.values(rules).flatMap((lists) => lists[kind])),
  }));
}

/** The crisis kinds whose words occur in the text, in any of the six languages. */
export function crisisRuleMatches(text: string, rules: CrisisRuleIndex): CrisisRuleMatch[] {
  const matches: CrisisRuleMatch[] = [];
  for (const { kind, index } of rules) {
    const found = findIndexedKeywords(text, index).map((match) => match.text.toLowerCase());
    if (found.length > 0) matches.push({ kind, matched: [...new Set(found)] });
  }
  return matches;
}
