import { compileKeywords, findKeywords } from '../tone/keywords';
import { CRISIS_KINDS, CRISIS_RULES, type CrisisKind } from './crisis-rules';

export interface CrisisRuleMatch {
  kind: CrisisKind;
  matched: string[];
}

// One pattern per kind over every language's list, compiled once.
const PATTERNS = CRISIS_KINDS.map((kind) => ({
  kind,
  pattern: compileKeywords(Object.values(CRISIS_RULES).flatMap((lists) => lists[kind])),
}));

/** The crisis kinds whose words occur in the text, in any of the six languages. */
export function crisisRuleMatches(text: string): CrisisRuleMatch[] {
  const matches: CrisisRuleMatch[] = [];
  for (const { kind, pattern } of PATTERNS) {
    const found = findKeywords(text, pattern).map((match) => match.text.toLowerCase());
    if (found.length > 0) matches.push({ kind, matched: [...new Set(found)] });
  }
  return matches;
}
