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
    // 6 for now; DESIGN §8 keeps 3 as the target.
    budget: 6,
    comparison: 'max',
    unit: '×',
    what: 'full scan of 1,000 comments ÷ bare querySelectorAll + textContent',
  },
  'detect.longestTaskMs5000': {
    budget: 50,
    comparison: 'max',
    unit: 'ms',
    what: 'longest task during the first scan of 5,000 comments, median of 3 pages (0: none > 50 ms)',
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
  'scan.guideRevisions500Ms': {
    // ≈ 0: a scan reads only the guide in force, however many revisions are saved.
    budget: 2,
    comparison: 'max',
    unit: 'ms',
    what: 'extra cost of one 5-comment scan with 500 saved guide revisions, median',
  },
  'db.waitingCount100kMs': {
    budget: 10,
    comparison: 'max',
    unit: 'ms',
    what: 'countWaiting with 100,000 stored items, median',
  },
  'popup.firstRenderMs': {
    budget: 100,
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
  // Understanding, on the dev split of tests/data/intent (blocks never trained on), through
  // the whole suggestion pipeline with the default guide: the understanding issue's acceptance.
  'quality.languageAccuracy': {
    budget: 0.97,
    comparison: 'min',
    unit: '',
    what: 'dev split: language named right, all six languages',
  },
  'quality.languageAccuracy.sv': {
    budget: 0.93,
    comparison: 'min',
    unit: '',
    what: 'dev split: Swedish named right',
  },
  'quality.languageAccuracy.da': {
    budget: 0.93,
    comparison: 'min',
    unit: '',
    what: 'dev split: Danish named right',
  },
  'quality.languageAccuracy.nb': {
    budget: 0.93,
    comparison: 'min',
    unit: '',
    what: 'dev split: Norwegian Bokmål named right',
  },
  'quality.languageAccuracy.de': {
    budget: 0.97,
    comparison: 'min',
    unit: '',
    what: 'dev split: German named right',
  },
  'quality.languageAccuracy.fi': {
    budget: 0.97,
    comparison: 'min',
    unit: '',
    what: 'dev split: Finnish named right',
  },
  'quality.intentAccuracy': {
    budget: 0.85,
    comparison: 'min',
    unit: '',
    what: 'dev split: primary intent equals the label',
  },
  'quality.crisisRecall': {
    budget: 1,
    comparison: 'min',
    unit: '',
    what: 'dev split: crises escalated',
  },
  'quality.falseEscalationRate': {
    budget: 0.02,
    comparison: 'max',
    unit: '',
    what: 'dev split: non-crises escalated ÷ non-crises',
  },
  'quality.praiseEscalated': {
    budget: 0,
    comparison: 'max',
    unit: '',
    what: 'dev split: praise escalated',
  },
  'model.gzipKB': {
    budget: 1024,
    comparison: 'max',
    unit: 'KB',
    what: 'model files in public/model together (intent, language, crisis rules, eld n-grams), gzip',
  },
} as const satisfies Record<string, Budget>;

export type BudgetKey = keyof typeof BUDGETS;

export const BUDGET_KEYS = Object.keys(BUDGETS) as BudgetKey[];

/**
 * Figures printed alongside the budgets when their inputs exist (no budget: they inform).
 * Quality figures come from the dev split of tests/data/intent (scripts/bench/suggest.ts).
 */
export const INFO_KEYS = [
  'detect.scanMs',
  'detect.baselineMs',
  'detect.minimalReadRatio',
  'detect.longTasks5000',
  'detect.longestSliceMs5000',
  'detect.firstScan5000Ms',
  'detect.incremental50Ms',
  'detect.incremental5000Ms',
  'detect.changeToBadgeP50Ms',
  'suggest.p50Ms',
  'scan.oneRevisionMs',
  'scan.fiveHundredRevisionsMs',
  'popup.waitingShown',
  'db.oldestWaiting100kMs',
  'quality.devMessages',
  'quality.languageAccuracy.en',
  'quality.intentMacroF1',
  'quality.calibrationError',
  'quality.learning.firstHalf',
  'quality.learning.secondHalf',
  'quality.learning.secondHalfWithout',
  'model.ownGzipKB',
] as const;

export type InfoKey = (typeof INFO_KEYS)[number];
