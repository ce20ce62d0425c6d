import { toMs, type Instant } from './inputs';
import { median } from './percentile';
import { customerWaits, type WaitItem, type WaitResponse } from './requests';
import { boundaryMs, dayKeyOf, nextDayKey, startOfDayMs } from './time-zone';

export interface DailyOptions {
  /** Period start: an instant, or 'YYYY-MM-DD' for that day's start in `timeZone`. */
  from: Instant;
  /** Period end, exclusive, same forms as `from`. */
  to: Instant;
  /** IANA zone whose calendar days are the buckets. */
  timeZone: string;
  now: Instant;
}

export interface DailyStat {
  /** 'YYYY-MM-DD' in the zone. */
  day: string;
  /** Replies logged that day. */
  answered: number;
  /** Median wait of those replies. */
  medianResponseMs: number | null;
  /** Customers still waiting at the end of the day (at `now` for the day still running). */
  waiting: number;
}

/** Index of the first element for which `isAfter` holds; `isAfter` must be monotone. */
function firstIndex<T>(sorted: readonly T[], isAfter: (value: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isAfter(sorted[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * One row per calendar day of the zone that [from, to) touches, each counted whole; days with
 * nothing are included as zeros (median null). A day runs from its local midnight to the next,
 * so DST days last 23 or 25 hours. Days that start after `now` are all zeros. Waits and replies
 * come from customerWaits (requests.ts): a reply counts on the day of respondedAt.
 *
 * Each wait is placed by binary search over the day boundaries, so the cost is
 * O((waits + days) · log days), with Intl called a few times per day, never per wait.
 */
export function dailyStats(
  items: readonly WaitItem[],
  responses: readonly WaitResponse[],
  options: DailyOptions,
): DailyStat[] {
  const { timeZone } = options;
  const fromMs = boundaryMs(options.from, timeZone);
  const toMsExclusive = boundaryMs(options.to, timeZone);
  const nowMs = toMs(options.now);
  if (!(toMsExclusive > fromMs)) return [];

  const days: string[] = [];
  const lastDay = dayKeyOf(toMsExclusive - 1, timeZone);
  for (let day = dayKeyOf(fromMs, timeZone); day <= lastDay; day = nextDayKey(day)) days.push(day);
  const dayStarts = days.map((day) => startOfDayMs(day, timeZone));
  const dayEnds = [...dayStarts.slice(1), startOfDayMs(nextDayKey(lastDay), timeZone)];

  const repliesPerDay = days.map((): number[] => []);
  // Backlog checkpoints: each started day's end, or `now` while it runs; non-decreasing.
  const startedDays = firstIndex(dayStarts, (start) => start > nowMs);
  const checkpoints = dayEnds.slice(0, startedDays).map((end) => Math.min(end, nowMs));
  const backlogDelta = new Array<number>(days.length + 1).fill(0);

  for (const wait of customerWaits(items, responses)) {
    if (wait.outcome === 'answered' && wait.endMs! <= nowMs) {
      const day = firstIndex(dayEnds, (end) => end > wait.endMs!);
      if (day < days.length && wait.endMs! >= dayStarts[day]!) {
        repliesPerDay[day]!.push(wait.endMs! - wait.startMs);
      }
    }
    // Open at checkpoint t when start < t and it has not ended by t.
    const firstOpen = firstIndex(checkpoints, (t) => t > wait.startMs);
    const firstClosed =
      wait.endMs === undefined
        ? checkpoints.length
        : firstIndex(checkpoints, (t) => t >= wait.endMs!);
    if (firstOpen < firstClosed) {
      backlogDelta[firstOpen]! += 1;
      backlogDelta[firstClosed]! -= 1;
    }
  }

  let waiting = 0;
  return days.map((day, index) => {
    waiting += backlogDelta[index]!;
    const replies = repliesPerDay[index]!;
    return { day, answered: replies.length, medianResponseMs: median(replies), waiting };
  });
}
