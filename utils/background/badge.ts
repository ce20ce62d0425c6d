import type { browser } from 'wxt/browser';
import { countWaiting, oldestWaiting, waitingSince } from '../db/items';
import type { SvaraDatabase } from '../db/database';
import { getSettings } from '../db/settings';
import { badgeLevel, type BadgeLevel } from '../stats/waiting';
import { spikeAnnouncedRecently } from './early-warning';

export const BADGE_COLOURS: Record<BadgeLevel, string> = {
  ok: '#2e7d32',
  late: '#b26a00',
  overdue: '#c62828',
};

export interface BadgeState {
  text: string;
  colour: string;
  count: number;
  /** Complaints are rising (early warning): the count gets a "!" until the window passes. */
  warning: boolean;
}

/** Badge = number waiting, coloured by the oldest wait; recomputed from Dexie, never cached. */
export async function computeBadge(db: SvaraDatabase, now: Date): Promise<BadgeState> {
  const [count, oldest, settings, warning] = await Promise.all([
    countWaiting(db),
    oldestWaiting(db),
    getSettings(db),
    spikeAnnouncedRecently(db, now),
  ]);
  const oldestMs = oldest ? now.getTime() - Date.parse(waitingSince(oldest)) : null;
  const number = count === 0 ? '' : count > 999 ? '999+' : String(count);
  return {
    count,
    warning,
    text: warning ? `${number}!` : number,
    colour: BADGE_COLOURS[badgeLevel(oldestMs, settings.targetMinutes * 60_000)],
  };
}

type BadgeApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

/**
 * The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build, where
 * `browser.action` does not exist.
 */
export function badgeApiOf(api: { action?: BadgeApi; browserAction?: BadgeApi }): BadgeApi {
  const found = api.action ?? api.browserAction;
  if (!found) throw new Error('neither browser.action nor browser.browserAction exists');
  return found;
}

export async function showBadge(action: BadgeApi, badge: BadgeState) {
  await action.setBadgeText({ text: badge.text });
  await action.setBadgeBackgroundColor({ color: badge.colour });
}
