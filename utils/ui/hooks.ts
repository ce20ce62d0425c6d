import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '../db/database';
import { getSettings } from '../db/settings';
import { countWaiting } from '../db/items';
import { PAGE_HEALTH_KEY, pageHealthMapSchema, type PageHealth } from '../background/page-health';
import { waitingSummary } from '../stats/waiting';

/** A clock that ticks, so ages on screen move on while a page stays open. */
export function useNow(intervalMs = 30_000) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function useSettings() {
  return useLiveQuery(() => getSettings(db), []);
}

export function useWaitingItems() {
  return useLiveQuery(() => db.items.where('status').equals('waiting').toArray(), []);
}

/** Waiting counts from the indexes alone: what the popup can show first with any number stored. */
export function useWaitingCounts() {
  return useLiveQuery(async () => {
    const [facebook, linkedin] = await Promise.all([
      countWaiting(db, 'facebook'),
      countWaiting(db, 'linkedin'),
    ]);
    return { total: facebook + linkedin, byPlatform: { facebook, linkedin } };
  }, []);
}

export function useWaitingSummary(now: Date) {
  const items = useWaitingItems();
  const settings = useSettings();
  if (!items || !settings) return null;
  return waitingSummary(items, { now, targetMs: settings.targetMinutes * 60_000 });
}

/** The layout verdict of the active tab's last scan, live. */
export function useActiveTabHealth(): PageHealth | null {
  const [health, setHealth] = useState<PageHealth | null>(null);
  useEffect(() => {
    async function read() {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      const stored = await browser.storage.session.get(PAGE_HEALTH_KEY);
      const map = pageHealthMapSchema.catch({}).parse(stored[PAGE_HEALTH_KEY] ?? {});
      setHealth(tab?.id !== undefined ? (map[String(tab.id)] ?? null) : null);
    }
    void read();
    browser.storage.session.onChanged.addListener(read);
    return () => browser.storage.session.onChanged.removeListener(read);
  }, []);
  return health;
}
