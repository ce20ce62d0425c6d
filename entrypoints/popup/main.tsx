import { lazy, Suspense } from 'react';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { db } from '../../utils/db/database';
import { mount } from '../../utils/ui/mount';
import { openSidePanel, useCurrentWindowId } from '../../utils/ui/side-panel';
import { useWaitingCounts } from '../../utils/ui/waiting-counts';

// The count is the first thing the popup shows: open the database while React renders, not after.
// A failure to open reaches the page through the queries that follow.
db.open().catch(() => undefined);

// The details (ages, reply windows, layout and storage warnings) validate what they read with the
// record schemas, a fifth of the popup's code: loaded once the count shows, so the two never
// compete for the same moments.
const PopupWithDetails = lazy(() => import('./with-details'));

function PopupPage() {
  const counts = useWaitingCounts();
  const windowId = useCurrentWindowId();
  const actions = {
    onOpenPanel: () => openSidePanel(windowId),
    onOpenOptions: () => void browser.runtime.openOptionsPage(),
  };
  const countsOnly = <Popup counts={counts} summary={null} unknownLayout={null} {...actions} />;
  if (counts === undefined) return countsOnly;
  return (
    <Suspense fallback={countsOnly}>
      <PopupWithDetails counts={counts} {...actions} />
    </Suspense>
  );
}

mount(<PopupPage />);
