import { HOUR_MS, toMs, type Instant } from './inputs';

/*
 * Calendar days in an IANA time zone, with nothing but Intl.DateTimeFormat. A day is named
 * 'YYYY-MM-DD' and runs from its first local instant to the next day's, so days across a DST
 * change last 23 or 25 hours.
 */

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Local wall-clock fields of an instant, as numbers. */
function wallClock(ms: number, timeZone: string) {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return fields as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

/** The calendar day ('YYYY-MM-DD') an instant falls on in the zone. */
export function dayKeyOf(ms: number, timeZone: string): string {
  const { year, month, day } = wallClock(ms, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Local time minus UTC at the instant, in ms (Stockholm in summer: +2 h). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(ms, timeZone);
  const flooredToSecond = Math.floor(ms / 1000) * 1000;
  return Date.UTC(year, month - 1, day, hour, minute, second) - flooredToSecond;
}

function parseDayKey(dayKey: string): [number, number, number] {
  const match = DAY_KEY.exec(dayKey);
  if (!match) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${dayKey}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function isDayKey(value: string): boolean {
  return DAY_KEY.test(value);
}

/** The next calendar day, by the calendar alone (no zone needed). */
export function nextDayKey(dayKey: string): string {
  const [year, month, day] = parseDayKey(dayKey);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * First instant of the calendar day in the zone: local midnight, or the end of a DST gap in the
 * few zones that skip midnight. The offsets a day before and after cover any change near it;
 * of the candidate instants, the earliest that is already on that day wins.
 */
export function startOfDayMs(dayKey: string, timeZone: string): number {
  const [year, month, day] = parseDayKey(dayKey);
  const wallMidnight = Date.UTC(year, month - 1, day);
  const candidates = [-26 * HOUR_MS, 26 * HOUR_MS]
    .map((probe) => wallMidnight - zoneOffsetMs(wallMidnight + probe, timeZone))
    .filter((ms) => dayKeyOf(ms, timeZone) === dayKey);
  return candidates.length > 0
    ? Math.min(...candidates)
    : wallMidnight - zoneOffsetMs(wallMidnight, timeZone);
}

/** A period boundary: an instant, or a calendar day meaning that day's start in the zone. */
export function boundaryMs(boundary: Instant, timeZone: string): number {
  return typeof boundary === 'string' && isDayKey(boundary)
    ? startOfDayMs(boundary, timeZone)
    : toMs(boundary);
}
