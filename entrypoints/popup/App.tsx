import { lazy, Suspense, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Popup, type WaitingCounts } from '../../components/Popup';
import { readStoredWaitingCounts } from '../../utils/db/counters';
import { DATABASE_NAME } from '../../utils/db/schema';
import { sumOverPlatforms } from '../../utils/platforms/platforms';
import { openSidePanel, useCurrentWindowId } from './side-panel';

/** The stored waiting counts, read straight from IndexedDB without Dexie; null when unreadable. */
export function readFirstCounts(): Promise<WaitingCounts | null> {
  return readStoredWaitingCounts(DATABASE_NAME).then((byPlatform) =>
    byPlatform ? { total: sumOverPlatforms(byPlatform), byPlatform } : null,
  );
}

// Everything else (Dexie's live queries, the record schemas, ages, reply windows, layout and
// storage warnings) is most of the popup's code: it loads once the count shows, so the two never
// compete for the same moments.
const LivePopup = lazy(() => import('./live'));

/** The popup: the count from `storedCounts` first, then the live popup once its code loaded. */
export function App({ storedCounts }: { storedCounts: Promise<WaitingCounts | null> }) {
  // Undefined while reading; null when nothing could be read (the live popup reads it then).
  const [firstCounts, setFirstCounts] = useState<WaitingCounts | null>();
  useEffect(() => void storedCounts.then(setFirstCounts), [storedCounts]);
  const windowId = useCurrentWindowId();
  const actions = {
    onOpenPanel: () => openSidePanel(windowId),
    onOpenOptions: () => void browser.runtime.openOptionsPage(),
  };
  const countsOnly = (
    <Popup counts={firstCounts} summary={null} unknownLayout={null} {...actions} />
  );
  if (firstCounts === undefined) return countsOnly;
  return (
    <Suspense fallback={countsOnly}>
      <LivePopup firstCounts={firstCounts} {...actions} />
    </Suspense>
  );
}
