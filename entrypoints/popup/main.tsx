import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { mount } from '../../utils/ui/mount';
import {
  useActiveTabHealth,
  useNow,
  useWaitingCounts,
  useWaitingSummary,
} from '../../utils/ui/hooks';
import { openSidePanel, useCurrentWindowId } from '../../utils/ui/side-panel';

function PopupPage() {
  const now = useNow();
  const counts = useWaitingCounts();
  const summary = useWaitingSummary(now);
  const health = useActiveTabHealth();
  const windowId = useCurrentWindowId();
  return (
    <Popup
      counts={counts}
      summary={summary}
      unknownLayout={health?.layout === 'unknown' ? { reason: health.reason ?? '' } : null}
      onOpenPanel={() => openSidePanel(windowId)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

mount(<PopupPage />);
