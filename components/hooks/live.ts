import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '../../utils/db/database';
import { getSettings } from '../../utils/db/settings';
import {
  PAGE_HEALTH_KEY,
  readPageHealthMap,
  type PageHealth,
} from '../../utils/background/page-health';
import { readStorageProblem, type StorageProblem } from '../../utils/background/storage-problem';

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

/**
 * Open pages whose layout was not recognised at their last scan, live. The popup warns about
 * them wherever they are, not only in the active tab: a page nobody looks at can still hide people.
 */
export function useUnrecognisedPages(): PageHealth[] {
  const [pages, setPages] = useState<PageHealth[]>([]);
  useEffect(() => {
    async function read() {
      const stored = await browser.storage.session.get(PAGE_HEALTH_KEY);
      const map = readPageHealthMap(stored[PAGE_HEALTH_KEY]);
      setPages(Object.values(map).filter((page) => page.layout === 'unknown'));
    }
    void read();
    browser.storage.session.onChanged.addListener(read);
    return () => browser.storage.session.onChanged.removeListener(read);
  }, []);
  return pages;
}

/** The browser's storage is full and Svara cannot save (null when all is well), live. */
export function useStorageProblem(): StorageProblem | null {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  useEffect(() => {
    async function read() {
      setProblem(await readStorageProblem(browser.storage.session));
    }
    void read();
    browser.storage.session.onChanged.addListener(read);
    return () => browser.storage.session.onChanged.removeListener(read);
  }, []);
  return problem;
}
