import type { Platform, ItemKind } from '../model/detected-item';
import { perPlatform, platformById } from '../platforms/platforms';
import {
  DAY_MS,
  DEFAULT_TARGET_MS,
  HOUR_MS,
  MINUTE_MS,
  toMs,
  waitStartMs,
  type Instant,
  type StatsItem,
} from './inputs';

export type WaitingItem = Pick<
  StatsItem,
  'key' | 'threadKey' | 'platform' | 'kind' | 'status' | 'postedAt' | 'firstSeenAt' | 'intent'
>;

/** A crisis: understood as one, or escalated by the team. It must not wait behind anything. */
export function isCrisis(item: Pick<WaitingItem, 'intent' | 'status'>): boolean {
  return item.intent === 'crisis' || item.status === 'escalated';
}

export type BadgeLevel = 'ok' | 'late' | 'overdue';

export interface WaitingSummary {
  total: number;
  byPlatform: Record<Platform, number>;
  byKind: Record<ItemKind, number>;
  byPlatformAndKind: Record<Platform, Record<ItemKind, number>>;
  ageBuckets: { under15Minutes: number; under24Hours: number; older: number };
  /** Waiting items that are crises (isCrisis). */
  crises: number;
  oldest: {
    itemKey: string;
    platform: Platform;
    kind: ItemKind;
    since: string;
    ageMs: number;
  } | null;
  /** From the oldest wait; 'ok' when nothing waits. */
  level: BadgeLevel;
}

/**
 * Badge colour from the oldest wait: 'ok' under the team's target, 'late' under 24 hours,
 * 'overdue' from then on. Nothing waiting (null) is 'ok'.
 */
export function badgeLevel(oldestAgeMs: number | null, targetMs = DEFAULT_TARGET_MS): BadgeLevel {
  if (oldestAgeMs === null || oldestAgeMs < targetMs) return 'ok';
  return oldestAgeMs < DAY_MS ? 'late' : 'overdue';
}

/** Age at `now`; a start in the future (clock skew) counts as just now. */
function ageMs(item: WaitingItem, nowMs: number): number {
  return Math.max(0, nowMs - waitStartMs(item));
}

/** What the popup shows: items whose status is 'waiting', counted and aged at `now`. */
export function waitingSummary(
  items: readonly WaitingItem[],
  options: { now: Instant; targetMs?: number },
): WaitingSummary {
  const nowMs = toMs(options.now);
  const summary: WaitingSummary = {
    total: 0,
    byPlatform: perPlatform(() => 0),
    byKind: { comment: 0, dm: 0 },
    byPlatformAndKind: perPlatform(() => ({ comment: 0, dm: 0 })),
    ageBuckets: { under15Minutes: 0, under24Hours: 0, older: 0 },
    crises: 0,
    oldest: null,
    level: 'ok',
  };
  for (const item of items) {
    if (item.status !== 'waiting') continue;
    const age = ageMs(item, nowMs);
    summary.total += 1;
    summary.byPlatform[item.platform] += 1;
    summary.byKind[item.kind] += 1;
    summary.byPlatformAndKind[item.platform][item.kind] += 1;
    if (isCrisis(item)) summary.crises += 1;
    if (age < 15 * MINUTE_MS) summary.ageBuckets.under15Minutes += 1;
    else if (age < 24 * HOUR_MS) summary.ageBuckets.under24Hours += 1;
    else summary.ageBuckets.older += 1;
    // Ties go to the smaller key so the answer does not depend on input order.
    const oldest = summary.oldest;
    if (!oldest || age > oldest.ageMs || (age === oldest.ageMs && item.key < oldest.itemKey)) {
      summary.oldest = {
        itemKey: item.key,
        platform: item.platform,
        kind: item.kind,
        since: new Date(nowMs - age).toISOString(),
        ageMs: age,
      };
    }
  }
  summary.level = badgeLevel(summary.oldest?.ageMs ?? null, options.targetMs);
  return summary;
}

export interface ReplyWindow {
  itemKey: string;
  threadKey: string;
  lastCustomerMessageAt: string;
  standardClosesAt: string;
  /** Negative once closed. */
  standardLeftMs: number;
  standardOpen: boolean;
  humanAgentClosesAt: string;
  humanAgentLeftMs: number;
  humanAgentOpen: boolean;
  /** Both windows closed: Meta no longer lets the Page reply. */
  expired: boolean;
}

/**
 * Reply windows of the waiting DMs on platforms that have them (Meta's 24 hours and 7 days),
 * measured from the customer's last message (postedAt, else firstSeenAt). A window is open while
 * time is left (> 0). Sorted by the next window to close, soonest first; expired conversations
 * follow, most recently expired first.
 */
export function dmReplyWindows(
  items: readonly WaitingItem[],
  options: { now: Instant },
): ReplyWindow[] {
  const nowMs = toMs(options.now);
  const windows = items.flatMap((item): ReplyWindow[] => {
    const limits = platformById(item.platform).dmReplyWindows;
    if (item.status !== 'waiting' || item.kind !== 'dm' || !limits) return [];
    const lastMessageMs = waitStartMs(item);
    const standardClosesMs = lastMessageMs + limits.standardMs;
    const humanAgentClosesMs = lastMessageMs + limits.humanAgentMs;
    return [
      {
        itemKey: item.key,
        threadKey: item.threadKey,
        lastCustomerMessageAt: new Date(lastMessageMs).toISOString(),
        standardClosesAt: new Date(standardClosesMs).toISOString(),
        standardLeftMs: standardClosesMs - nowMs,
        standardOpen: standardClosesMs > nowMs,
        humanAgentClosesAt: new Date(humanAgentClosesMs).toISOString(),
        humanAgentLeftMs: humanAgentClosesMs - nowMs,
        humanAgentOpen: humanAgentClosesMs > nowMs,
        expired: humanAgentClosesMs <= nowMs,
      },
    ];
  });
  const nextCloseMs = (window: ReplyWindow) =>
    window.standardOpen ? window.standardLeftMs : window.humanAgentLeftMs;
  return windows.sort(
    (a, b) =>
      Number(a.expired) - Number(b.expired) ||
      (a.expired ? b.humanAgentLeftMs - a.humanAgentLeftMs : nextCloseMs(a) - nextCloseMs(b)) ||
      a.itemKey.localeCompare(b.itemKey),
  );
}
