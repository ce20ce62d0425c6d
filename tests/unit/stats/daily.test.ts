import { describe, expect, it } from 'vitest';
import { dailyStats } from '../../../utils/stats/daily';
import { HOUR, MINUTE, item, reply } from './builders';

// Around Stockholm's spring DST change: 29 March 2026 runs 23:00Z (28th) → 22:00Z (29th).
const responses = [
  reply({ itemKey: 'A', respondedAt: '2026-03-28T22:30:00Z', waitedMinutes: 30 }),
  // 22:30Z on the 29th is 00:30 on the 30th in Stockholm, still the 29th in UTC.
  reply({ itemKey: 'B', respondedAt: '2026-03-29T22:30:00Z', waitedMinutes: 26.5 * 60 }),
  reply({ itemKey: 'C', respondedAt: '2026-03-29T21:30:00Z', waitedMinutes: 10 }),
  reply({ itemKey: 'D', respondedAt: '2026-03-29T21:40:00Z', waitedMinutes: 40 }),
];
const items = [
  item({ key: 'W', postedAt: '2026-03-29T10:00:00Z' }),
  item({ key: 'gone', status: 'dismissed', postedAt: '2026-03-27T10:00:00Z' }),
];
const period = { from: '2026-03-27', to: '2026-03-31', now: '2026-04-01T12:00:00Z' };

describe('dailyStats', () => {
  it.each([
    [
      'Europe/Stockholm',
      [
        { day: '2026-03-27', answered: 0, medianResponseMs: null, waiting: 0 },
        { day: '2026-03-28', answered: 1, medianResponseMs: 30 * MINUTE, waiting: 1 },
        { day: '2026-03-29', answered: 2, medianResponseMs: 25 * MINUTE, waiting: 2 },
        { day: '2026-03-30', answered: 1, medianResponseMs: 26.5 * HOUR, waiting: 1 },
      ],
    ],
    [
      'UTC',
      [
        { day: '2026-03-27', answered: 0, medianResponseMs: null, waiting: 0 },
        { day: '2026-03-28', answered: 1, medianResponseMs: 30 * MINUTE, waiting: 1 },
        { day: '2026-03-29', answered: 3, medianResponseMs: 40 * MINUTE, waiting: 1 },
        { day: '2026-03-30', answered: 0, medianResponseMs: null, waiting: 1 },
      ],
    ],
  ])('buckets by the calendar days of %s, empty days as zeros', (timeZone, expected) => {
    expect(dailyStats(items, responses, { ...period, timeZone })).toEqual(expected);
  });

  it('counts the 25-hour autumn day whole', () => {
    const autumn = [
      reply({ itemKey: 'early', respondedAt: '2026-10-24T22:10:00Z', waitedMinutes: 5 }),
      reply({ itemKey: 'late', respondedAt: '2026-10-25T22:50:00Z', waitedMinutes: 5 }),
      reply({ itemKey: 'next', respondedAt: '2026-10-25T23:00:00Z', waitedMinutes: 5 }),
    ];
    expect(
      dailyStats([], autumn, {
        from: '2026-10-25',
        to: '2026-10-27',
        timeZone: 'Europe/Stockholm',
        now: '2026-11-01T00:00:00Z',
      }).map(({ day, answered }) => [day, answered]),
    ).toEqual([
      ['2026-10-25', 2],
      ['2026-10-26', 1],
    ]);
  });

  it('measures the running day at now and leaves later days at zero', () => {
    expect(
      dailyStats(items, responses, {
        from: '2026-03-29',
        to: '2026-04-01',
        timeZone: 'Europe/Stockholm',
        now: '2026-03-29T21:35:00Z',
      }),
    ).toEqual([
      // At 21:35Z C is answered; B, D and W still wait; later replies have not happened yet.
      { day: '2026-03-29', answered: 1, medianResponseMs: 10 * MINUTE, waiting: 3 },
      { day: '2026-03-30', answered: 0, medianResponseMs: null, waiting: 0 },
      { day: '2026-03-31', answered: 0, medianResponseMs: null, waiting: 0 },
    ]);
  });

  it('starts and ends with the days that hold the period bounds', () => {
    expect(
      dailyStats([], [], {
        from: '2026-03-02T22:30:00Z',
        to: '2026-03-03T23:00:00Z',
        timeZone: 'Europe/Stockholm',
        now: '2026-03-05T00:00:00Z',
      }).map((row) => row.day),
    ).toEqual(['2026-03-02', '2026-03-03']);
  });

  it('returns no days for an empty or reversed period', () => {
    const options = { timeZone: 'UTC', now: '2026-03-05T00:00:00Z' };
    expect(dailyStats([], [], { ...options, from: '2026-03-02', to: '2026-03-02' })).toEqual([]);
    expect(dailyStats([], [], { ...options, from: '2026-03-03', to: '2026-03-02' })).toEqual([]);
  });
});
