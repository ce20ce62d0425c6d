import type { Platform } from '../model/detected-item';
import { personIdentityOf } from '../model/person';
import { DAY_MS, toMs, waitStartMs, type Instant, type StatsItem } from './inputs';

export type EngagementItem = Pick<
  StatsItem,
  'key' | 'platform' | 'author' | 'byOwner' | 'postedAt' | 'firstSeenAt'
>;

/** An item's weight halves every 30 days: last month's comment counts half of today's. */
export const ENGAGEMENT_HALF_LIFE_DAYS = 30;

/**
 * A score of 3 is three items today, or about six a month ago, or twelve spread over the last
 * two months: someone who keeps coming back, not a one-off.
 */
export const FREQUENT_COMMENTER_SCORE = 3;

export interface PersonEngagement {
  /** personIdentityOf() the author: the same key as the people table's. */
  personKey: string;
  platform: Platform;
  name: string;
  profileUrl?: string;
  score: number;
  itemCount: number;
  lastSeenAt: string;
  /** Newest first. */
  recentItemKeys: string[];
}

export interface EngagementOptions {
  now: Instant;
  halfLifeDays?: number;
  /** How many people to return; default 10. */
  limit?: number;
  /** Item keys kept per person; default 5. */
  recentItemLimit?: number;
}

export function isFrequentCommenter(score: number, threshold = FREQUENT_COMMENTER_SCORE): boolean {
  return score >= threshold;
}

/**
 * Recency-weighted engagement per person, from the comments and messages they wrote (our own
 * are skipped): score = Σ 2^(−age in days ÷ half-life), with age from postedAt, else firstSeenAt,
 * and future times counted as now. Highest score first, ties by personKey. Names without a
 * profile URL are their own person: two people may share a name, so they are not merged.
 */
export function topEngagedPeople(
  items: readonly EngagementItem[],
  options: EngagementOptions,
): PersonEngagement[] {
  const nowMs = toMs(options.now);
  const halfLifeMs = (options.halfLifeDays ?? ENGAGEMENT_HALF_LIFE_DAYS) * DAY_MS;
  const people = new Map<string, PersonEngagement & { timed: [number, string][] }>();

  for (const item of items) {
    if (item.byOwner) continue;
    const writtenMs = waitStartMs(item);
    if (!Number.isFinite(writtenMs)) continue;
    const personKey = personIdentityOf(item.platform, item.author);
    let person = people.get(personKey);
    if (!person) {
      person = {
        personKey,
        platform: item.platform,
        name: item.author.name,
        ...(item.author.profileUrl ? { profileUrl: item.author.profileUrl } : {}),
        score: 0,
        itemCount: 0,
        lastSeenAt: '',
        recentItemKeys: [],
        timed: [],
      };
      people.set(personKey, person);
    }
    person.score += 2 ** (-Math.max(0, nowMs - writtenMs) / halfLifeMs);
    person.itemCount += 1;
    person.timed.push([writtenMs, item.key]);
  }

  const recentLimit = options.recentItemLimit ?? 5;
  return [...people.values()]
    .sort((a, b) => b.score - a.score || a.personKey.localeCompare(b.personKey))
    .slice(0, options.limit ?? 10)
    .map(({ timed, ...person }) => {
      timed.sort(([aMs, aKey], [bMs, bKey]) => bMs - aMs || aKey.localeCompare(bKey));
      return {
        ...person,
        lastSeenAt: new Date(timed[0]![0]).toISOString(),
        recentItemKeys: timed.slice(0, recentLimit).map(([, key]) => key),
      };
    });
}
