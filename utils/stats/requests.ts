import { waitStartMs, type StatsItem, type StatsResponse } from './inputs';

/**
 * One customer wait: from the moment they wrote to our reply, our dismissal, or (still open)
 * nothing yet. Answered and dismissed waits come from the response log, whose entries carry both
 * ends (respondedAt − waitedMs, respondedAt); open waits come from items whose status is
 * 'waiting'. Items 'answered' add nothing the log does not already hold, and 'dismissed' or
 * 'escalated' items without a log entry have no known end, so they are left out: escalated items
 * are handed to someone outside the team and are not theirs to answer.
 */
export interface CustomerWait {
  itemKey: string;
  platform: StatsItem['platform'];
  kind: StatsItem['kind'];
  startMs: number;
  /** When the wait ended; undefined while it is still open. */
  endMs?: number;
  outcome: 'answered' | 'dismissed' | 'waiting';
  /** Who answered (or dismissed), from the log. */
  agent?: string;
}

export type WaitItem = Pick<
  StatsItem,
  'key' | 'platform' | 'kind' | 'status' | 'postedAt' | 'firstSeenAt'
>;
export type WaitResponse = Pick<
  StatsResponse,
  'itemKey' | 'platform' | 'kind' | 'respondedAt' | 'waitedMs' | 'agent' | 'via'
>;

export function customerWaits(
  items: readonly WaitItem[],
  responses: readonly WaitResponse[],
): CustomerWait[] {
  const waits: CustomerWait[] = [];
  for (const response of responses) {
    const endMs = Date.parse(response.respondedAt);
    if (!Number.isFinite(endMs) || !(response.waitedMs >= 0)) continue;
    waits.push({
      itemKey: response.itemKey,
      platform: response.platform,
      kind: response.kind,
      startMs: endMs - response.waitedMs,
      endMs,
      outcome: response.via === 'dismissed' ? 'dismissed' : 'answered',
      agent: response.agent,
    });
  }
  for (const item of items) {
    if (item.status !== 'waiting') continue;
    const startMs = waitStartMs(item);
    if (!Number.isFinite(startMs)) continue;
    waits.push({
      itemKey: item.key,
      platform: item.platform,
      kind: item.kind,
      startMs,
      outcome: 'waiting',
    });
  }
  return waits;
}
