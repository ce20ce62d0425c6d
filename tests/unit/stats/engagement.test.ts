import { describe, expect, it } from 'vitest';
import { isFrequentCommenter, topEngagedPeople } from '../../../utils/stats/engagement';
import { item } from './builders';

const now = '2026-03-31T00:00:00Z';
const daysAgo = (days: number) => new Date(Date.parse(now) - days * 86_400_000).toISOString();

const anna = (profileUrl: string) => ({ name: 'Anna Berg', profileUrl });
const items = [
  item({
    key: 'a1',
    author: anna('https://www.facebook.com/anna.berg?ref=comment'),
    postedAt: daysAgo(0),
  }),
  item({ key: 'a2', author: anna('https://www.facebook.com/anna.berg/'), postedAt: daysAgo(30) }),
  item({ key: 'a3', author: anna('https://www.facebook.com/Anna.Berg'), firstSeenAt: daysAgo(60) }),
  item({ key: 'b1', author: { name: ' Bo  Ek ' }, postedAt: daysAgo(0) }),
  item({ key: 'b2', author: { name: 'bo ek' }, postedAt: daysAgo(0) }),
  item({
    key: 'c1',
    platform: 'linkedin',
    author: { name: 'Cecilia Lund' },
    postedAt: daysAgo(30),
  }),
  item({ key: 'l1', platform: 'linkedin', author: { name: 'Anna Berg' }, postedAt: daysAgo(60) }),
  item({ key: 'own', byOwner: true, author: { name: 'Svara AB' }, postedAt: daysAgo(0) }),
  // Posted "in the future" by a skewed clock: weighs as now.
  item({ key: 'd1', author: { name: 'Dan' }, postedAt: '2026-04-02T00:00:00Z' }),
];

describe('topEngagedPeople', () => {
  it('scores with a 30-day half-life and ranks people', () => {
    expect(topEngagedPeople(items, { now })).toEqual([
      {
        personKey: 'facebook:name:bo ek',
        platform: 'facebook',
        name: ' Bo  Ek ',
        score: 2,
        itemCount: 2,
        lastSeenAt: '2026-03-31T00:00:00.000Z',
        recentItemKeys: ['b1', 'b2'],
      },
      {
        personKey: 'facebook:https://www.facebook.com/anna.berg',
        platform: 'facebook',
        name: 'Anna Berg',
        profileUrl: 'https://www.facebook.com/anna.berg?ref=comment',
        score: 1.75,
        itemCount: 3,
        lastSeenAt: '2026-03-31T00:00:00.000Z',
        recentItemKeys: ['a1', 'a2', 'a3'],
      },
      {
        personKey: 'facebook:name:dan',
        platform: 'facebook',
        name: 'Dan',
        score: 1,
        itemCount: 1,
        lastSeenAt: '2026-04-02T00:00:00.000Z',
        recentItemKeys: ['d1'],
      },
      {
        personKey: 'linkedin:name:cecilia lund',
        platform: 'linkedin',
        name: 'Cecilia Lund',
        score: 0.5,
        itemCount: 1,
        lastSeenAt: '2026-03-01T00:00:00.000Z',
        recentItemKeys: ['c1'],
      },
      {
        personKey: 'linkedin:name:anna berg',
        platform: 'linkedin',
        name: 'Anna Berg',
        score: 0.25,
        itemCount: 1,
        lastSeenAt: '2026-01-30T00:00:00.000Z',
        recentItemKeys: ['l1'],
      },
    ]);
  });

  it('keeps the top N and each one’s newest item keys', () => {
    const people = topEngagedPeople(items, { now, limit: 2, recentItemLimit: 1, halfLifeDays: 60 });
    expect(people.map((p) => [p.personKey, p.score, p.recentItemKeys])).toEqual([
      ['facebook:https://www.facebook.com/anna.berg', 1 + Math.SQRT1_2 + 0.5, ['a1']],
      ['facebook:name:bo ek', 2, ['b1']],
    ]);
  });

  it('is empty without items', () => {
    expect(topEngagedPeople([], { now })).toEqual([]);
  });
});

describe('isFrequentCommenter', () => {
  it.each([
    [0, undefined, false],
    [2.99, undefined, false],
    [3, undefined, true],
    [12, undefined, true],
    [1.5, 1.5, true],
  ])('score %d (threshold %j) → %s', (score, threshold, frequent) => {
    expect(isFrequentCommenter(score, threshold)).toBe(frequent);
  });
});
