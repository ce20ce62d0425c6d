import { browser } from 'wxt/browser';
import { AttentionNotices } from '../../components/AttentionNotices';
import { SetupPrompt } from '../../components/SetupPrompt';
import { useStorageProblem, useUnrecognisedPages } from '../../components/hooks/live';
import { useSetUp } from '../../components/hooks/setup';

function usePanelAttention() {
  return {
    setUp: useSetUp(),
    unknownLayout: useUnrecognisedPages().length > 0,
    storageProblem: useStorageProblem() !== null,
  };
}

/** The side panel's alerts, and the setup prompt until owners are set. */
export function PanelAttention() {
  const { setUp, unknownLayout, storageProblem } = usePanelAttention();
  return (
    <>
      <AttentionNotices storageProblem={storageProblem} unknownLayout={unknownLayout} />
      {setUp === false && (
        <SetupPrompt onOpenSetup={() => void browser.runtime.openOptionsPage()} />
      )}
    </>
  );
}

/**
 * Whether to show the queue: not before owners are set, and not empty ("nobody is waiting")
 * while a problem means an empty queue may not be the truth.
 */
export function useQueueShown(itemCount: number): boolean {
  const { setUp, unknownLayout, storageProblem } = usePanelAttention();
  return setUp === true && (itemCount > 0 || (!unknownLayout && !storageProblem));
}
