import type { Steps } from '../platforms/steps';

/**
 * How long one slice of a scan may hold the page's main thread. A task over 50 ms is a long task
 * (what makes a page feel stuck); a slice stays far under it, leaving room for the page's own
 * work in the same task and for a busy machine, where a slice can be stretched by the processes
 * it shares the cores with.
 */
export const SLICE_MS = 5;

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the main thread back to the page for a moment: `scheduler.yield()` where the browser has
 * it (the rest of the scan then runs before other queued work), else a message to ourselves (a new
 * task without the clamping of nested `setTimeout`s), else `setTimeout`.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions {
  /** Longest stretch of steps between two pauses, in ms. */
  sliceMs?: number;
  /** The pause (tests count them). */
  pause?: () => Promise<void>;
  /** Asked after each pause: true abandons the steps (their result would be of no use). */
  abandoned?: () => boolean;
  /** Asked after each pause: whether the page's elements changed during it (told to the steps). */
  pageChanged?: () => boolean;
}

/**
 * Runs `steps` in slices of about `sliceMs`, pausing in between; the first slice runs before this
 * returns. Resolves with the steps' result, or undefined when abandoned.
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  options: SliceOptions = {},
): Promise<T | undefined> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const pause = options.pause ?? yieldToPage;
  let sliceStart = performance.now();
  let changed = false;
  for (;;) {
    const step = steps.next(changed);
    changed = false;
    if (step.done) return step.value;
    if (performance.now() - sliceStart < sliceMs) continue;
    await pause();
    if (options.abandoned?.()) {
      steps.return(undefined as T);
      return undefined;
    }
    changed = options.pageChanged?.() ?? false;
    sliceStart = performance.now();
  }
}
