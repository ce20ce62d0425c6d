import { describe, expect, it } from 'vitest';
import { responseTimeReport } from '../../../utils/stats/response-times';
import { HOUR, MINUTE, item, reply } from './builders';

// Period: 2 March 2026 (UTC). Waits that began in it, judged at noon the next day.
const responses = [
  reply({ itemKey: 'r1', respondedAt: '2026-03-02T09:05:00Z', waitedMinutes: 5 }),
  reply({
    itemKey: 'r2',
    kind: 'dm',
    agent: 'Erik',
    respondedAt: '2026-03-02T10:30:00Z',
    waitedMinutes: 30,
  }),
  reply({
    itemKey: 'r3',
    platform: 'linkedin',
    respondedAt: '2026-03-02T11:10:00Z',
    waitedMinutes: 10,
  }),
  // Began at 23:40 in the period, answered after it: still this period's.
  reply({
    itemKey: 'r4',
    platform: 'linkedin',
    agent: 'Erik',
    respondedAt: '2026-03-03T00:20:00Z',
    waitedMinutes: 40,
  }),
  // Began before the period.
  reply({ itemKey: 'r5', respondedAt: '2026-03-02T00:02:00Z', waitedMinutes: 5 }),
  // Dismissed waits count nowhere.
  reply({
    itemKey: 'r6',
    via: 'dismissed',
    respondedAt: '2026-03-02T15:00:00Z',
    waitedMinutes: 60,
  }),
  // Answered only after `now`, so still waiting at `now` (since 22:00, 14 h).
  reply({ itemKey: 'r7', respondedAt: '2026-03-03T13:00:00Z', waitedMinutes: 15 * 60 }),
];
const items = [
  item({ key: 'i1', postedAt: '2026-03-02T12:00:00Z', firstSeenAt: '2026-03-02T12:01:00Z' }),
  item({ key: 'i2', firstSeenAt: '2026-03-03T11:50:00Z' }),
  item({ key: 'i3', status: 'answered', firstSeenAt: '2026-03-02T08:00:00Z' }),
  item({ key: 'i4', status: 'escalated', firstSeenAt: '2026-03-02T08:00:00Z' }),
];
const period = { from: '2026-03-02', to: '2026-03-03', now: '2026-03-03T12:00:00Z' };

describe('responseTimeReport', () => {
  it('counts, rates, times and breaches for the waits that began in the period', () => {
    expect(responseTimeReport(items, responses, period)).toEqual({
      from: '2026-03-02T00:00:00.000Z',
      to: '2026-03-03T00:00:00.000Z',
      targetMs: 15 * MINUTE,
      answered: 4,
      answeredWithinTarget: 2,
      waitingWithinTarget: 0,
      waitingPastTarget: 2,
      responseRate: 4 / 6,
      withinTargetShare: 2 / 6,
      timeToResponse: { count: 4, medianMs: 20 * MINUTE, p90Ms: 40 * MINUTE },
      byPlatform: {
        facebook: { count: 2, medianMs: 17.5 * MINUTE, p90Ms: 30 * MINUTE },
        linkedin: { count: 2, medianMs: 25 * MINUTE, p90Ms: 40 * MINUTE },
      },
      byKind: {
        comment: { count: 3, medianMs: 10 * MINUTE, p90Ms: 40 * MINUTE },
        dm: { count: 1, medianMs: 30 * MINUTE, p90Ms: 30 * MINUTE },
      },
      byAgent: {
        Erik: { count: 2, medianMs: 35 * MINUTE, p90Ms: 40 * MINUTE },
        Maja: { count: 2, medianMs: 7.5 * MINUTE, p90Ms: 10 * MINUTE },
      },
      breaches: [
        {
          itemKey: 'i1',
          platform: 'facebook',
          kind: 'comment',
          waitingSince: '2026-03-02T12:00:00.000Z',
          waitedMs: 24 * HOUR,
          answered: false,
        },
        {
          itemKey: 'r7',
          platform: 'facebook',
          kind: 'comment',
          waitingSince: '2026-03-02T22:00:00.000Z',
          waitedMs: 14 * HOUR,
          answered: false,
        },
        {
          itemKey: 'r4',
          platform: 'linkedin',
          kind: 'comment',
          waitingSince: '2026-03-02T23:40:00.000Z',
          waitedMs: 40 * MINUTE,
          answered: true,
          agent: 'Erik',
        },
        {
          itemKey: 'r2',
          platform: 'facebook',
          kind: 'dm',
          waitingSince: '2026-03-02T10:00:00.000Z',
          waitedMs: 30 * MINUTE,
          answered: true,
          agent: 'Erik',
        },
      ],
    });
  });

  it('gives zeros and nulls, never NaN, for an empty period', () => {
    expect(
      responseTimeReport(items, responses, { ...period, from: '2026-01-01', to: '2026-01-02' }),
    ).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-01-02T00:00:00.000Z',
      targetMs: 15 * MINUTE,
      answered: 0,
      answeredWithinTarget: 0,
      waitingWithinTarget: 0,
      waitingPastTarget: 0,
      responseRate: null,
      withinTargetShare: null,
      timeToResponse: { count: 0, medianMs: null, p90Ms: null },
      byPlatform: {},
      byKind: {},
      byAgent: {},
      breaches: [],
    });
  });

  it('keeps waits still inside the target out of the within-target share', () => {
    const report = responseTimeReport(
      [item({ key: 'fresh', postedAt: '2026-03-02T11:55:00Z' })],
      [reply({ itemKey: 'quick', respondedAt: '2026-03-02T11:00:00Z', waitedMinutes: 15 })],
      { from: '2026-03-02T00:00:00Z', to: '2026-03-03T00:00:00Z', now: '2026-03-02T12:00:00Z' },
    );
    // Exactly the target is a breach (within target means < target).
    expect(report).toMatchObject({
      answered: 1,
      answeredWithinTarget: 0,
      waitingWithinTarget: 1,
      waitingPastTarget: 0,
      responseRate: 0.5,
      withinTargetShare: 0,
    });
    expect(report.breaches.map((breach) => breach.itemKey)).toEqual(['quick']);
  });

  it.each([
    // 23:30 UTC on 1 March is 00:30 on 2 March in Stockholm.
    ['UTC', '2026-03-02T00:00:00.000Z', 0],
    ['Europe/Stockholm', '2026-03-01T23:00:00.000Z', 1],
    ['America/New_York', '2026-03-02T05:00:00.000Z', 0],
  ])('reads day boundaries in %s', (timeZone, from, answered) => {
    const report = responseTimeReport(
      [],
      [reply({ itemKey: 'late-night', respondedAt: '2026-03-01T23:35:00Z', waitedMinutes: 5 })],
      { from: '2026-03-02', to: '2026-03-03', timeZone, now: '2026-03-04T00:00:00Z' },
    );
    expect([report.from, report.answered]).toEqual([from, answered]);
  });

  it('honours a custom target', () => {
    const report = responseTimeReport(items, responses, { ...period, targetMs: HOUR });
    expect([report.answeredWithinTarget, report.withinTargetShare, report.breaches.length]).toEqual(
      [4, 4 / 6, 2],
    );
  });
});
