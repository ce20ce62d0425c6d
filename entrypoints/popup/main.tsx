import { useMemo } from 'react';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { mount } from '../../utils/ui/mount';
import {
  useNow,
  useSettings,
  useStorageProblem,
  useUnrecognisedPages,
  useWaitingCounts,
  useWaitingItems,
} from '../../utils/ui/hooks';
import { openSidePanel, useCurrentWindowId } from '../../utils/ui/side-panel';
import { facebookReplyWindows, waitingSummary } from '../../utils/stats/waiting';
import { db } from '../../utils/db/database';

// The count is the first thing the popup shows: open the database while React renders, not after.
// A failure to open reaches the page through the queries that follow.
db.open().catch(() => undefined);

/** The summary, the oldest item's author and the DM reply windows, from one read of the items. */
function useWaitingDetails(now: Date) {
  const items = useWaitingItems();
  const settings = useSettings();
  return useMemo(() => {
    if (!items || !settings) return null;
    const summary = waitingSummary(items, { now, targetMs: settings.targetMinutes * 60_000 });
    const authorOf = new Map(items.map((item) => [item.key, item.author.name]));
    const replyWindows = facebookReplyWindows(items, { now }).map((window) => ({
      ...window,
      authorName: authorOf.get(window.itemKey) ?? '',
    }));
    const oldestAuthorName = summary.oldest ? authorOf.get(summary.oldest.itemKey) : undefined;
    return { summary, replyWindows, oldestAuthorName };
  }, [items, settings, now]);
}

function PopupPage() {
  const now = useNow();
  const counts = useWaitingCounts();
  const details = useWaitingDetails(now);
  const [unrecognised] = useUnrecognisedPages();
  const storageProblem = useStorageProblem();
  const windowId = useCurrentWindowId();
  return (
    <Popup
      counts={counts}
      summary={details?.summary ?? null}
      oldestAuthorName={details?.oldestAuthorName}
      replyWindows={details?.replyWindows}
      unknownLayout={unrecognised ? { reason: unrecognised.reason ?? '' } : null}
      storageProblem={storageProblem}
      onOpenPanel={() => openSidePanel(windowId)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

mount(<PopupPage />);
