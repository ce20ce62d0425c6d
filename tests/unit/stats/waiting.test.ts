import { describe, expect, it } from 'vitest';
import { badgeLevel, dmReplyWindows, isCrisis, waitingSummary } from '../../../utils/stats/waiting';
import type { StatsItem } from '../../../utils/stats/inputs';
import { DAY, HOUR, MINUTE, item } from './builders';

describe('badgeLevel', () => {
  it.each([
    [null, undefined, 'ok'],
    [0, undefined, 'ok'],
    [15 * MINUTE - 1, undefined, 'ok'],
    [15 * MINUTE, undefined, 'late'],
    [DAY - 1, undefined, 'late'],
    [DAY, undefined, 'overdue'],
    [4 * MINUTE, 5 * MINUTE, 'ok'],
    [5 * MINUTE, 5 * MINUTE, 'late'],
  ])('oldest wait %j with target %j is %s', (oldest, target, level) => {
    expect(badgeLevel(oldest, target)).toBe(level);
  });
});

describe('waitingSummary', () => {
  const now = '2026-03-02T12:00:00Z';

  it('counts waiting items per platform and kind, by age, and finds the oldest', () => {
    const items = [
      item({ key: 'a', postedAt: '2026-03-02T11:50:00Z' }),
      item({ key: 'b', kind: 'dm', firstSeenAt: '2026-03-02T11:00:00Z' }),
      item({ key: 'c', platform: 'linkedin', postedAt: '2026-02-28T12:00:00Z' }),
      item({ key: 'd', platform: 'linkedin', kind: 'dm', status: 'answered' }),
      item({ key: 'e', platform: 'linkedin', kind: 'dm', postedAt: '2026-03-02T12:05:00Z' }),
      item({ key: 'f', status: 'dismissed', postedAt: '2026-01-01T00:00:00Z' }),
    ];
    expect(waitingSummary(items, { now })).toEqual({
      total: 4,
      byPlatform: { facebook: 2, linkedin: 2 },
      byKind: { comment: 2, dm: 2 },
      byPlatformAndKind: { facebook: { comment: 1, dm: 1 }, linkedin: { comment: 1, dm: 1 } },
      ageBuckets: { under15Minutes: 2, under24Hours: 1, older: 1 },
      crises: 0,
      oldest: {
        itemKey: 'c',
        platform: 'linkedin',
        kind: 'comment',
        since: '2026-02-28T12:00:00.000Z',
        ageMs: 2 * DAY,
      },
      level: 'overdue',
    });
  });

  it('is all zeros and ok when nothing waits', () => {
    expect(waitingSummary([item({ key: 'x', status: 'answered' })], { now })).toEqual({
      total: 0,
      byPlatform: { facebook: 0, linkedin: 0 },
      byKind: { comment: 0, dm: 0 },
      byPlatformAndKind: { facebook: { comment: 0, dm: 0 }, linkedin: { comment: 0, dm: 0 } },
      ageBuckets: { under15Minutes: 0, under24Hours: 0, older: 0 },
      crises: 0,
      oldest: null,
      level: 'ok',
    });
  });

  it('counts the waiting crises: intent crisis, not complaints or crises already answered', () => {
    const items = [
      item({ key: 'a', intent: 'crisis' }),
      item({ key: 'b', intent: 'crisis', platform: 'linkedin', kind: 'dm' }),
      item({ key: 'c', intent: 'complaint' }),
      item({ key: 'd' }),
      item({ key: 'e', intent: 'crisis', status: 'answered' }),
      item({ key: 'f', intent: 'crisis', status: 'dismissed' }),
    ];
    expect(waitingSummary(items, { now })).toMatchObject({ total: 4, crises: 2 });
  });

  it('colours by the team target and breaks ties between oldest by key', () => {
    const items = [
      item({ key: 'z', postedAt: '2026-03-02T11:50:00Z' }),
      item({ key: 'y', postedAt: '2026-03-02T11:50:00Z' }),
    ];
    expect(waitingSummary(items, { now, targetMs: 5 * MINUTE })).toMatchObject({
      oldest: { itemKey: 'y', ageMs: 10 * MINUTE },
      level: 'late',
    });
    expect(waitingSummary(items, { now }).level).toBe('ok');
  });
});

describe('isCrisis', () => {
  it.each([
    ['crisis', 'waiting', true],
    [undefined, 'escalated', true],
    ['question', 'escalated', true],
    ['complaint', 'waiting', false],
    [undefined, 'waiting', false],
  ] as const)('intent %j with status %s is a crisis: %s', (intent, status, crisis) => {
    expect(isCrisis({ intent, status })).toBe(crisis);
  });
});

describe('dmReplyWindows', () => {
  const dm = (key: string, fields: Partial<StatsItem>) =>
    item({ key, kind: 'dm', threadKey: `t-${key}`, ...fields });

  it('lists open windows closing soonest first, then expired ones, most recent first', () => {
    const items = [
      dm('w4', { postedAt: '2026-03-01T12:00:00Z' }),
      dm('w1', { postedAt: '2026-03-10T10:00:00Z' }),
      dm('w3', { postedAt: '2026-03-08T12:00:00Z' }),
      dm('w5', { firstSeenAt: '2026-03-02T12:00:00Z' }),
      dm('w2', { postedAt: '2026-03-09T13:00:00Z' }),
      dm('answered', { status: 'answered', postedAt: '2026-03-10T11:00:00Z' }),
      dm('linkedin', { platform: 'linkedin', postedAt: '2026-03-10T11:00:00Z' }),
      item({ key: 'comment', postedAt: '2026-03-10T11:00:00Z' }),
    ];
    const windows = dmReplyWindows(items, { now: '2026-03-10T12:00:00Z' });
    expect(
      windows.map((w) => [w.itemKey, w.standardLeftMs, w.humanAgentLeftMs, w.expired]),
    ).toEqual([
      ['w2', 1 * HOUR, 6 * DAY + HOUR, false],
      ['w1', 22 * HOUR, 7 * DAY - 2 * HOUR, false],
      ['w3', -DAY, 5 * DAY, false],
      ['w5', -7 * DAY, -DAY, true],
      ['w4', -8 * DAY, -2 * DAY, true],
    ]);
    expect(windows[2]).toEqual({
      itemKey: 'w3',
      threadKey: 't-w3',
      lastCustomerMessageAt: '2026-03-08T12:00:00.000Z',
      standardClosesAt: '2026-03-09T12:00:00.000Z',
      standardLeftMs: -DAY,
      standardOpen: false,
      humanAgentClosesAt: '2026-03-15T12:00:00.000Z',
      humanAgentLeftMs: 5 * DAY,
      humanAgentOpen: true,
      expired: false,
    });
  });

  it('closes a window at the exact moment time runs out', () => {
    const [window] = dmReplyWindows([dm('edge', { postedAt: '2026-03-09T12:00:00Z' })], {
      now: '2026-03-10T12:00:00Z',
    });
    expect([window!.standardLeftMs, window!.standardOpen]).toEqual([0, false]);
  });

  it('is empty with nothing waiting', () => {
    expect(dmReplyWindows([], { now: '2026-03-10T12:00:00Z' })).toEqual([]);
  });
});
