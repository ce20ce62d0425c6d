import { DAY_MS, HOUR_MS, toMs, waitStartMs, type Instant, type StatsItem } from './inputs';

export type SpikeItem = Pick<
  StatsItem,
  'key' | 'byOwner' | 'intent' | 'sentiment' | 'postedAt' | 'firstSeenAt'
>;

/** A spike needs at least this many complaints in the window… */
export const SPIKE_MIN_COUNT = 3;
/** …and at least this many times the usual count for the same window. */
export const SPIKE_MIN_RATIO = 3;

export interface SpikeOptions {
  now: Instant;
  /** The recent window, in hours: 0 < H ≤ 24; default 3. */
  windowHours?: number;
  /** Same-hour-of-week windows to average; default 4 (weeks). */
  historyWeeks?: number;
  /** Since when the items are complete; default the earliest firstSeenAt among `items`. */
  historySince?: Instant;
  minCount?: number;
  minRatio?: number;
}

export interface SpikeReport {
  spiking: boolean;
  recentCount: number;
  /** Mean count of the comparison windows; null without history. */
  baseline: number | null;
  /** recentCount ÷ baseline; null when the baseline is null or 0. */
  ratio: number | null;
  /** 'hour-of-week': same window 1…historyWeeks weeks ago; 'daily': same hours 1…7 days ago. */
  baselineKind: 'hour-of-week' | 'daily' | 'none';
  baselineWindows: number;
  /** The recent complaints, newest first. */
  itemKeys: string[];
}

export function isComplaint(item: Pick<SpikeItem, 'intent' | 'sentiment'>): boolean {
  // A crisis is the strongest complaint there is, whatever its tone.
  return item.intent === 'complaint' || item.intent === 'crisis' || item.sentiment === 'negative';
}

/** Window ends `step` apart going back from `nowMs`, kept only when wholly inside history. */
function windowEnds(nowMs: number, step: number, count: number, windowMs: number, sinceMs: number) {
  return Array.from({ length: count }, (_, index) => nowMs - (index + 1) * step).filter(
    (end) => end - windowMs >= sinceMs,
  );
}

/**
 * Early warning for complaints (intent 'complaint' or sentiment 'negative', not our own):
 * how many arrived in the window (now − H, now], against the mean of the same window in each of
 * the last weeks (hour of week, which follows the weekly rhythm of a page). With less than a
 * week of history it falls back to the same hours on each of the last 7 days; with less than
 * that there is no baseline. Only windows wholly after `historySince` count: days before the
 * extension was installed are unknown, not quiet. Weeks are exact 7 × 24 h, so around a DST
 * change the comparison window is an hour off in local time, which is fine for a warning.
 *
 * Spiking means recentCount ≥ minCount (3) and recentCount ≥ minRatio (3) × baseline; with no
 * baseline or a baseline of 0, the minimum count alone decides.
 */
export function detectComplaintSpike(
  items: readonly SpikeItem[],
  options: SpikeOptions,
): SpikeReport {
  const nowMs = toMs(options.now);
  const windowHours = options.windowHours ?? 3;
  if (!(windowHours > 0 && windowHours <= 24)) {
    throw new RangeError(`windowHours must be in (0, 24], got ${windowHours}`);
  }
  const windowMs = windowHours * HOUR_MS;
  const sinceMs =
    options.historySince !== undefined
      ? toMs(options.historySince)
      : items.reduce(
          (earliest, item) => Math.min(earliest, Date.parse(item.firstSeenAt)),
          Infinity,
        );

  // Skewed clocks put a few posts in the future: they count as now.
  const complaints = items
    .filter((item) => !item.byOwner && isComplaint(item))
    .map((item) => ({ key: item.key, ms: Math.min(waitStartMs(item), nowMs) }))
    .filter((complaint) => Number.isFinite(complaint.ms));
  const countIn = (end: number) =>
    complaints.filter((complaint) => complaint.ms > end - windowMs && complaint.ms <= end).length;

  const weekly = windowEnds(nowMs, 7 * DAY_MS, options.historyWeeks ?? 4, windowMs, sinceMs);
  const daily = windowEnds(nowMs, DAY_MS, 7, windowMs, sinceMs);
  const [baselineKind, ends] =
    weekly.length > 0
      ? (['hour-of-week', weekly] as const)
      : daily.length > 0
        ? (['daily', daily] as const)
        : (['none', []] as const);
  const baseline =
    ends.length > 0 ? ends.reduce((sum, end) => sum + countIn(end), 0) / ends.length : null;

  const recent = complaints
    .filter((complaint) => complaint.ms > nowMs - windowMs)
    .sort((a, b) => b.ms - a.ms || a.key.localeCompare(b.key));
  const minCount = options.minCount ?? SPIKE_MIN_COUNT;
  const minRatio = options.minRatio ?? SPIKE_MIN_RATIO;
  return {
    spiking: recent.length >= minCount && recent.length >= minRatio * (baseline ?? 0),
    recentCount: recent.length,
    baseline,
    ratio: baseline ? recent.length / baseline : null,
    baselineKind,
    baselineWindows: ends.length,
    itemKeys: recent.map((complaint) => complaint.key),
  };
}
