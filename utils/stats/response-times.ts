import { DEFAULT_TARGET_MS, toMs, type Instant } from './inputs';
import { median, nearestRankPercentile } from './percentile';
import { customerWaits, type CustomerWait, type WaitItem, type WaitResponse } from './requests';
import { boundaryMs } from './time-zone';

export interface ResponseTimeOptions {
  /** Period start, inclusive: an instant, or 'YYYY-MM-DD' for that day's start in `timeZone`. */
  from: Instant;
  /** Period end, exclusive, same forms as `from`. */
  to: Instant;
  /** IANA zone for 'YYYY-MM-DD' boundaries; default UTC. */
  timeZone?: string;
  now: Instant;
  /** Response target; default 15 minutes. */
  targetMs?: number;
}

export interface TimeToResponse {
  count: number;
  medianMs: number | null;
  /** Nearest-rank 90th percentile (see nearestRankPercentile). */
  p90Ms: number | null;
}

export interface Breach {
  itemKey: string;
  platform: CustomerWait['platform'];
  kind: CustomerWait['kind'];
  waitingSince: string;
  /** Until the reply, or until `now` while still waiting. */
  waitedMs: number;
  answered: boolean;
  agent?: string;
}

export interface ResponseTimeReport {
  from: string;
  to: string;
  targetMs: number;
  answered: number;
  answeredWithinTarget: number;
  waitingWithinTarget: number;
  waitingPastTarget: number;
  /** answered ÷ (answered + waitingWithinTarget + waitingPastTarget); null when all are 0. */
  responseRate: number | null;
  /** answeredWithinTarget ÷ (answered + waitingPastTarget); null when both are 0. */
  withinTargetShare: number | null;
  timeToResponse: TimeToResponse;
  byPlatform: Record<string, TimeToResponse>;
  byKind: Record<string, TimeToResponse>;
  byAgent: Record<string, TimeToResponse>;
  /** Longest wait first. */
  breaches: Breach[];
}

function timeToResponse(waitedMs: readonly number[]): TimeToResponse {
  return {
    count: waitedMs.length,
    medianMs: median(waitedMs),
    p90Ms: nearestRankPercentile(waitedMs, 90),
  };
}

function groupedTimes(
  answered: readonly CustomerWait[],
  groupOf: (wait: CustomerWait) => string,
): Record<string, TimeToResponse> {
  const groups = new Map<string, number[]>();
  for (const wait of answered) {
    const group = groupOf(wait);
    const times = groups.get(group) ?? [];
    times.push(wait.endMs! - wait.startMs);
    groups.set(group, times);
  }
  return Object.fromEntries(
    [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([g, ms]) => [g, timeToResponse(ms)]),
  );
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Response times for the customers who wrote in [from, to), as things stand at `now`.
 *
 * Every wait belongs to the period in which it began (postedAt, else firstSeenAt; for logged
 * replies respondedAt − waitedMs), so a period's numbers describe the people who wrote in it.
 * At `now` each such wait is answered (a logged reply at or before `now`), or still waiting:
 * within target while now − start < target, past target (breached) from then on. Dismissed waits
 * count nowhere. Answered within target means waitedMs < target; a breach is the opposite, so a
 * wait of exactly the target is a breach, matching the badge (ok means < target).
 *
 * The within-target share leaves out waits still inside the target: their outcome is not known
 * yet. Empty periods give counts of 0 and nulls, never NaN.
 */
export function responseTimeReport(
  items: readonly WaitItem[],
  responses: readonly WaitResponse[],
  options: ResponseTimeOptions,
): ResponseTimeReport {
  const timeZone = options.timeZone ?? 'UTC';
  const fromMs = boundaryMs(options.from, timeZone);
  const toMsExclusive = boundaryMs(options.to, timeZone);
  const nowMs = toMs(options.now);
  const targetMs = options.targetMs ?? DEFAULT_TARGET_MS;

  const inPeriod = customerWaits(items, responses).filter(
    (wait) => wait.startMs >= fromMs && wait.startMs < toMsExclusive && wait.startMs <= nowMs,
  );
  const answered = inPeriod.filter((wait) => wait.outcome === 'answered' && wait.endMs! <= nowMs);
  // A wait that ends after `now` was still open at `now`.
  const open = inPeriod.filter((wait) => wait.endMs === undefined || wait.endMs > nowMs);
  const openPastTarget = open.filter((wait) => nowMs - wait.startMs >= targetMs);
  const answeredPastTarget = answered.filter((wait) => wait.endMs! - wait.startMs >= targetMs);
  const answeredWithinTarget = answered.length - answeredPastTarget.length;

  const breaches: Breach[] = [
    ...answeredPastTarget.map((wait) => ({
      itemKey: wait.itemKey,
      platform: wait.platform,
      kind: wait.kind,
      waitingSince: new Date(wait.startMs).toISOString(),
      waitedMs: wait.endMs! - wait.startMs,
      answered: true,
      agent: wait.agent,
    })),
    ...openPastTarget.map((wait) => ({
      itemKey: wait.itemKey,
      platform: wait.platform,
      kind: wait.kind,
      waitingSince: new Date(wait.startMs).toISOString(),
      waitedMs: nowMs - wait.startMs,
      answered: false,
    })),
  ].sort((a, b) => b.waitedMs - a.waitedMs || a.itemKey.localeCompare(b.itemKey));

  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMsExclusive).toISOString(),
    targetMs,
    answered: answered.length,
    answeredWithinTarget,
    waitingWithinTarget: open.length - openPastTarget.length,
    waitingPastTarget: openPastTarget.length,
    responseRate: ratio(answered.length, answered.length + open.length),
    withinTargetShare: ratio(answeredWithinTarget, answered.length + openPastTarget.length),
    timeToResponse: timeToResponse(answered.map((wait) => wait.endMs! - wait.startMs)),
    byPlatform: groupedTimes(answered, (wait) => wait.platform),
    byKind: groupedTimes(answered, (wait) => wait.kind),
    byAgent: groupedTimes(answered, (wait) => wait.agent ?? ''),
    breaches,
  };
}
