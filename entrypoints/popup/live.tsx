import { useMemo } from 'react';
import { Popup, type WaitingCounts } from '../../components/Popup';
import {
  useNow,
  useSettings,
  useStorageProblem,
  useUnrecognisedPages,
  useWaitingItems,
} from '../../components/hooks/live';
import { useWaitingCounts } from './waiting-counts';
import { useSetUp } from '../../components/hooks/setup';
import { dmReplyWindows, waitingSummary } from '../../utils/stats/waiting';

/** The summary, the oldest item's author and the DM reply windows, from one read of the items. */
function useWaitingDetails(now: Date) {
  const items = useWaitingItems();
  const settings = useSettings();
  return useMemo(() => {
    if (!items || !settings) return null;
    const summary = waitingSummary(items, { now, targetMs: settings.targetMinutes * 60_000 });
    const authorOf = new Map(items.map((item) => [item.key, item.author.name]));
    const replyWindows = dmReplyWindows(items, { now }).map((window) => ({
      ...window,
      authorName: authorOf.get(window.itemKey) ?? '',
    }));
    const oldestAuthorName = summary.oldest ? authorOf.get(summary.oldest.itemKey) : undefined;
    return { summary, replyWindows, oldestAuthorName };
  }, [items, settings, now]);
}

/** The whole popup, live: the counts first shown until its own query answers, and the details. */
export default function LivePopup({
  firstCounts,
  onOpenPanel,
  onOpenOptions,
}: {
  firstCounts: WaitingCounts | null;
  onOpenPanel: () => void;
  onOpenOptions: () => void;
}) {
  const counts = useWaitingCounts() ?? firstCounts;
  const now = useNow();
  const details = useWaitingDetails(now);
  const [unrecognised] = useUnrecognisedPages();
  const storageProblem = useStorageProblem();
  const setUp = useSetUp();
  return (
    <Popup
      counts={counts}
      summary={details?.summary ?? null}
      oldestAuthorName={details?.oldestAuthorName}
      replyWindows={details?.replyWindows}
      unknownLayout={unrecognised ? { reason: unrecognised.reason ?? '' } : null}
      storageProblem={storageProblem}
      setUp={setUp}
      onOpenPanel={onOpenPanel}
      onOpenOptions={onOpenOptions}
    />
  );
}
