import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SvaraDatabase } from '../../../utils/db/database';
import { applyPageScan } from '../../../utils/db/items';
import { updateSettings } from '../../../utils/db/settings';
import { BADGE_COLOURS, badgeApiOf, computeBadge } from '../../../utils/background/badge';
import { EARLY_WARNING_STATE_KEY } from '../../../utils/background/early-warning';
import { detected, scanOf } from '../../helpers/items';

const NOW = new Date('2026-11-20T12:00:00Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();

describe('computeBadge', () => {
  let db: SvaraDatabase;
  beforeEach(() => {
    db = new SvaraDatabase(`badge-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  it('is empty and calm when nobody waits', async () => {
    expect(await computeBadge(db, NOW)).toMatchObject({
      text: '',
      count: 0,
      colour: BADGE_COLOURS.ok,
    });
  });

  it.each([
    [5, 'ok'],
    [20, 'late'],
    [60 * 30, 'overdue'],
  ] as const)(
    'colours by the oldest wait (%i min → %s) against the team target',
    async (age, level) => {
      await applyPageScan(
        db,
        scanOf([
          detected({ key: 'facebook:comment:1', postedAt: minutesAgo(1) }),
          detected({ key: 'facebook:comment:2', postedAt: minutesAgo(age) }),
        ]),
        NOW,
        'Eva',
      );
      expect(await computeBadge(db, NOW)).toMatchObject({
        text: '2',
        colour: BADGE_COLOURS[level],
      });
    },
  );

  it('follows the team’s own target', async () => {
    await applyPageScan(
      db,
      scanOf([detected({ key: 'facebook:comment:1', postedAt: minutesAgo(20) })]),
      NOW,
      'Eva',
    );
    await updateSettings(db, (settings) => ({ ...settings, targetMinutes: 30 }));
    expect((await computeBadge(db, NOW)).colour).toBe(BADGE_COLOURS.ok);
  });

  it('marks a recent complaint spike with "!" until its window has passed', async () => {
    await applyPageScan(db, scanOf([detected({ key: 'facebook:comment:1' })]), NOW, 'Eva');
    await db.settings.put({ key: EARLY_WARNING_STATE_KEY, value: { notifiedAt: minutesAgo(30) } });
    expect(await computeBadge(db, NOW)).toMatchObject({ text: '1!', warning: true });
    const later = new Date(NOW.getTime() + 4 * 60 * 60_000);
    expect(await computeBadge(db, later)).toMatchObject({ text: '1', warning: false });
  });
});

describe('badgeApiOf', () => {
  const api = {
    setBadgeText: async () => undefined,
    setBadgeBackgroundColor: async () => undefined,
  };
  it('uses action in MV3 and browserAction in Firefox MV2, and says when neither exists', () => {
    expect(badgeApiOf({ action: api })).toBe(api);
    expect(badgeApiOf({ browserAction: api })).toBe(api);
    expect(() => badgeApiOf({})).toThrow(/browser\.action/);
  });
});
