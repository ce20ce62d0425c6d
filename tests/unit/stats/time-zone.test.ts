import { describe, expect, it } from 'vitest';
import { boundaryMs, dayKeyOf, nextDayKey, startOfDayMs } from '../../../utils/stats/time-zone';

describe('calendar days in a time zone', () => {
  it.each([
    // Stockholm: CET (+1) in winter, CEST (+2) from 29 March 2026 02:00 to 25 October 03:00.
    ['2026-03-02', 'Europe/Stockholm', '2026-03-01T23:00:00.000Z'],
    ['2026-03-29', 'Europe/Stockholm', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', 'Europe/Stockholm', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', 'Europe/Stockholm', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', 'Europe/Stockholm', '2026-10-25T23:00:00.000Z'],
    ['2026-03-02', 'UTC', '2026-03-02T00:00:00.000Z'],
    ['2026-03-02', 'America/New_York', '2026-03-02T05:00:00.000Z'],
    ['2026-03-02', 'Asia/Kolkata', '2026-03-01T18:30:00.000Z'],
    // Brazil moved clocks from 00:00 to 01:00 that day: the day began at 01:00 (-02:00).
    ['2018-11-04', 'America/Sao_Paulo', '2018-11-04T03:00:00.000Z'],
  ])('%s in %s starts at %s', (day, timeZone, start) => {
    expect(new Date(startOfDayMs(day, timeZone)).toISOString()).toBe(start);
  });

  it('makes the DST days 23 and 25 hours long in Stockholm', () => {
    const length = (day: string) =>
      (startOfDayMs(nextDayKey(day), 'Europe/Stockholm') - startOfDayMs(day, 'Europe/Stockholm')) /
      3_600_000;
    expect([length('2026-03-28'), length('2026-03-29'), length('2026-10-25')]).toEqual([
      24, 23, 25,
    ]);
  });

  it.each([
    ['2026-03-29T21:59:59.999Z', 'Europe/Stockholm', '2026-03-29'],
    ['2026-03-29T22:00:00.000Z', 'Europe/Stockholm', '2026-03-30'],
    ['2026-03-29T22:00:00.000Z', 'UTC', '2026-03-29'],
    ['2026-12-31T23:30:00.000Z', 'Europe/Stockholm', '2027-01-01'],
  ])('%s falls on the day named by %s as %s', (instant, timeZone, day) => {
    expect(dayKeyOf(Date.parse(instant), timeZone)).toBe(day);
  });

  it.each([
    ['2026-02-28', '2026-03-01'],
    ['2028-02-28', '2028-02-29'],
    ['2026-12-31', '2027-01-01'],
  ])('the day after %s is %s', (day, next) => {
    expect(nextDayKey(day)).toBe(next);
  });

  it('reads a boundary as a day start in the zone, or as an instant', () => {
    expect(boundaryMs('2026-03-02', 'Europe/Stockholm')).toBe(Date.parse('2026-03-01T23:00Z'));
    expect(boundaryMs('2026-03-02T10:00:00Z', 'Europe/Stockholm')).toBe(
      Date.parse('2026-03-02T10:00Z'),
    );
    expect(boundaryMs(new Date(5), 'UTC')).toBe(5);
  });

  it('rejects unknown zones and malformed days', () => {
    expect(() => startOfDayMs('2026-03-02', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => nextDayKey('2026-3-2')).toThrow(RangeError);
  });
});
