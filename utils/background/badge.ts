import type { browser } from 'wxt/browser';
import { countWaiting, oldestWaiting, waitingSince } from '../db/items';
import type { SvaraDatabase } from '../db/database';
import { getSettings } from '../db/settings';
import { badgeLevel, type BadgeLevel } from '../stats/waiting';

export const BADGE_COLOURS: Record<BadgeLevel, string> = {
  ok: '#2e7d32',
  late: '#b26a00',
  overdue: '#c62828',
};

export interface BadgeState {
  text: string;
  colour: string;
  count: number;
}

/** Badge = number waiting, coloured by the oldest wait; recomputed from Dexie, never cached. */
export async function computeBadge(db: SvaraDatabase, now: Date): Promise<BadgeState> {
  const [count, oldest, settings] = await Promise.all([
    countWaiting(db),
    oldestWaiting(db),
    getSettings(db),
  ]);
  const oldestMs = oldest ? now.getTime() - Date.parse(waitingSince(oldest)) : null;
  return {
    count,
    text: count === 0 ? '' : count > 999 ? '999+' : String(count),
    colour: BADGE_COLOURS[badgeLevel(oldestMs, settings.targetMinutes * 60_000)],
  };
}

export async function showBadge(action: typeof browser.action, badge: BadgeState) {
  await action.setBadgeText({ text: badge.text });
  await action.setBadgeBackgroundColor({ color: badge.colour });
}
