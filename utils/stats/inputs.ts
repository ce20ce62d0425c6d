import type { Item } from '../model/item';
import type { ResponseLogEntry } from '../model/response-log';

/** The fields of a stored item the stats read; each function narrows it further with Pick. */
export type StatsItem = Pick<
  Item,
  | 'key'
  | 'platform'
  | 'kind'
  | 'threadKey'
  | 'author'
  | 'postedAt'
  | 'byOwner'
  | 'status'
  | 'firstSeenAt'
  | 'intent'
  | 'sentiment'
>;

export type StatsResponse = ResponseLogEntry;

/** Instants are taken as Date, epoch milliseconds or ISO strings: all plain data. */
export type Instant = Date | number | string;

export function toMs(instant: Instant): number {
  if (instant instanceof Date) return instant.getTime();
  if (typeof instant === 'number') return instant;
  return Date.parse(instant);
}

/** A customer's wait starts when they wrote (postedAt), else when we first saw the item. */
export function waitStartMs(item: Pick<StatsItem, 'postedAt' | 'firstSeenAt'>): number {
  const posted = item.postedAt === undefined ? NaN : Date.parse(item.postedAt);
  return Number.isFinite(posted) ? posted : Date.parse(item.firstSeenAt);
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The team's default response target: 15 minutes. */
export const DEFAULT_TARGET_MS = 15 * MINUTE_MS;
