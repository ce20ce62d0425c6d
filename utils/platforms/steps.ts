/**
 * An extraction as a series of steps: a generator that yields between pieces of work and returns
 * its result. The extractor stays pure and never looks at a clock; whoever drives it decides
 * whether to run it through at once (`runToEnd`) or in slices with pauses in between
 * (utils/scan/slices.ts), so a big page never blocks its main thread for long. Resumed after a
 * pause, a step is told whether the page's elements changed meanwhile (`next(true)`), so work
 * that relies on lists read before the pause can stop relying on them.
 */
export type Steps<T> = Generator<void, T, boolean | undefined>;

/** The result of `steps`, computed in one go. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
