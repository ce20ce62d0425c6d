/**
 * The performance budgets of DESIGN.md §8, one row per key `npm run bench -- --json` prints.
 * `max`: the measured value must not exceed the budget; `min`: it must not fall below it.
 */
export type Comparison = 'max' | 'min';

export interface Budget {
  budget: number;
  comparison: Comparison;
  unit: string;
  what: string;
}

export const BUDGETS = {
  'detect.scanRatio': {
    budget: 3,
    comparison: 'max',
    unit: '×',
    what: 'full scan of 1,000 comments ÷ bare querySelectorAll + textContent',
  },
  'detect.incrementalRatio': {
    budget: 2,
    comparison: 'max',
    unit: '×',
    what: '10 comments added on a 5,000-comment page ÷ on a 50-comment page',
  },
  'detect.changeToBadgeP95Ms': {
    budget: 500,
    comparison: 'max',
    unit: 'ms',
    what: 'comment appended → badge shows it (built extension), p95',
  },
  'suggest.p95Ms': {
    budget: 5,
    comparison: 'max',
    unit: 'ms',
    what: 'suggestions for one message, guide of 500 templates, p95',
  },
  'db.waitingCount100kMs': {
    budget: 10,
    comparison: 'max',
    unit: 'ms',
    what: 'countWaiting with 100,000 stored items, median',
  },
  'popup.firstRenderMs': {
    budget: 150,
    comparison: 'max',
    unit: 'ms',
    what: 'popup opened → count shown, 100,000 stored items, median',
  },
  'bundle.contentMaxGzipKB': {
    budget: 40,
    comparison: 'max',
    unit: 'KB',
    what: 'largest content script, gzip',
  },
  'bundle.backgroundGzipKB': {
    // 82 KB without a bundled language database, plus room for code; models load at run time.
    budget: 120,
    comparison: 'max',
    unit: 'KB',
    what: 'Chrome background service worker, gzip',
  },
  'bundle.contentHasReact': {
    budget: 0,
    comparison: 'max',
    unit: '',
    what: 'React in any content script (1 = yes)',
  },
} as const satisfies Record<string, Budget>;

export type BudgetKey = keyof typeof BUDGETS;

export const BUDGET_KEYS = Object.keys(BUDGETS) as BudgetKey[];

/**
 * Figures printed alongside the budgets when their inputs exist (no budget: they inform).
 * Quality figures come from evaluateQuality over tests/data/messages.
 */
export const INFO_KEYS = [
  'detect.scanMs',
  'detect.baselineMs',
  'detect.minimalReadRatio',
  'detect.incremental50Ms',
  'detect.incremental5000Ms',
  'detect.changeToBadgeP50Ms',
  'suggest.p50Ms',
  'popup.waitingShown',
  'db.oldestWaiting100kMs',
  'quality.languageAccuracy.sv',
  'quality.languageAccuracy.da',
  'quality.languageAccuracy.nb',
  'quality.languageAccuracy.en',
  'quality.intentAccuracy',
  'quality.intentF1',
  'quality.crisisRecall',
] as const;

export type InfoKey = (typeof INFO_KEYS)[number];
