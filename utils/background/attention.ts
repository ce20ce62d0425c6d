import type { browser } from 'wxt/browser';
import type { Settings } from '../model/settings';
import type { BadgeState } from './badge';
import { effectiveOwners } from './owners';
import { PAGE_HEALTH_KEY, readPageHealthMap } from './page-health';
import { readStorageProblem, STORAGE_PROBLEM_BADGE } from './storage-problem';

/**
 * What stops the waiting count from being the whole truth, most serious first: nothing can be
 * saved, a page could not be read, or nobody has said who answers (so the company's own replies
 * cannot be told from the people waiting). While any holds, no zero is shown as good news.
 */
export type Attention = 'storage-problem' | 'unknown-layout' | 'not-set-up';

export interface AttentionFacts {
  storageProblem: boolean;
  unknownLayout: boolean;
  setUp: boolean;
}

export function attentionOf(facts: AttentionFacts): Attention[] {
  return [
    ...(facts.storageProblem ? (['storage-problem'] as const) : []),
    ...(facts.unknownLayout ? (['unknown-layout'] as const) : []),
    ...(facts.setUp ? [] : (['not-set-up'] as const)),
  ];
}

/** Set up once the company answers as someone: identities typed in, or the demo company's. */
export function isSetUp(settings: Settings, demoBuild = false): boolean {
  return effectiveOwners(settings, demoBuild).length > 0;
}

/** Symbols and colours no waiting count uses, so none can be read as a count. */
const ATTENTION_BADGES: Record<Attention, BadgeState> = {
  'storage-problem': STORAGE_PROBLEM_BADGE,
  'unknown-layout': { text: '?', colour: '#5f4b00', count: 0, warning: false },
  'not-set-up': { text: '+', colour: '#1a4f8b', count: 0, warning: false },
};

/** The badge to show: the most serious attention while any holds, else the waiting count. */
export function badgeWithAttention(badge: BadgeState, attention: readonly Attention[]): BadgeState {
  const first = attention[0];
  return first ? ATTENTION_BADGES[first] : badge;
}

/** The attention that holds now, from the session's page health and storage problem. */
export async function readAttention(
  storage: Pick<typeof browser.storage.session, 'get' | 'set' | 'remove'>,
  settings: Settings,
  demoBuild: boolean,
): Promise<Attention[]> {
  const stored = await storage.get(PAGE_HEALTH_KEY);
  const pages = Object.values(readPageHealthMap(stored[PAGE_HEALTH_KEY]));
  return attentionOf({
    storageProblem: (await readStorageProblem(storage)) !== null,
    unknownLayout: pages.some((page) => page.layout === 'unknown'),
    setUp: isSetUp(settings, demoBuild),
  });
}
