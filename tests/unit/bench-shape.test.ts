// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGETS, BUDGET_KEYS } from '../../scripts/bench/budgets';
import {
  formatTable,
  holds,
  validateBenchResult,
  verdicts,
  type BenchResult,
} from '../../scripts/bench/result';
import { median, percentile, round } from '../../scripts/bench/stats';
import { measureBackground } from '../../scripts/bench/bundle-size';

// Shape only: the bench itself is slow and its timings depend on the machine, so no timing is
// asserted here.
const passing: BenchResult = {
  'detect.scanRatio': 2.1,
  'detect.longestTaskMs5000': 0,
  'detect.incrementalRatio': 1.2,
  'detect.changeToBadgeP95Ms': 120,
  'suggest.p95Ms': 1.5,
  'scan.guideRevisions500Ms': 0.2,
  'db.waitingCount100kMs': 3,
  'popup.firstRenderMs': 90,
  'bundle.contentMaxGzipKB': 31.5,
  'bundle.backgroundGzipKB': 82.3,
  'bundle.contentHasReact': 0,
  'quality.languageAccuracy': 0.98,
  'quality.languageAccuracy.sv': 0.98,
  'quality.languageAccuracy.da': 0.95,
  'quality.languageAccuracy.nb': 0.95,
  'quality.languageAccuracy.de': 0.99,
  'quality.languageAccuracy.fi': 0.99,
  'quality.intentAccuracy': 0.86,
  'quality.crisisRecall': 1,
  'quality.falseEscalationRate': 0.01,
  'quality.praiseEscalated': 0,
  'model.gzipKB': 830,
};

describe('bench result shape', () => {
  it('accepts a complete result of finite numbers', () => {
    expect(validateBenchResult(passing)).toEqual({ ok: true, problems: [] });
    expect(verdicts(passing).every((verdict) => verdict.holds)).toBe(true);
  });

  it('names every missing key, non-number and unknown key', () => {
    const broken: Record<string, unknown> = { ...passing, 'suggest.p95Ms': null, extra: 1 };
    delete broken['popup.firstRenderMs'];
    broken['detect.scanRatio'] = Number.NaN;
    const validation = validateBenchResult(broken);
    expect(validation.ok).toBe(false);
    expect(validation.problems).toEqual(
      expect.arrayContaining([
        'missing popup.firstRenderMs',
        'suggest.p95Ms is not a finite number: null',
        'detect.scanRatio is not a finite number: null',
        'unknown key extra',
      ]),
    );
    expect(validateBenchResult([1, 2]).ok).toBe(false);
    expect(validateBenchResult(null).ok).toBe(false);
  });

  it('fails a budget that is exceeded, and a missing figure', () => {
    const over = { ...passing, 'detect.scanRatio': 6.5, 'bundle.contentHasReact': 1 };
    const failed = verdicts(over).filter((verdict) => !verdict.holds);
    expect(failed.map((verdict) => verdict.key)).toEqual([
      'detect.scanRatio',
      'bundle.contentHasReact',
    ]);
    const partial = { ...passing };
    delete partial['db.waitingCount100kMs'];
    expect(verdicts(partial).find((v) => v.key === 'db.waitingCount100kMs')?.holds).toBe(false);
  });

  it('treats the budget itself as within it, for both comparisons', () => {
    expect(holds(3, { budget: 3, comparison: 'max', unit: '', what: '' })).toBe(true);
    expect(holds(0.9, { budget: 0.9, comparison: 'min', unit: '', what: '' })).toBe(true);
    expect(holds(0.8, { budget: 0.9, comparison: 'min', unit: '', what: '' })).toBe(false);
    expect(holds(Number.NaN, { budget: 3, comparison: 'max', unit: '', what: '' })).toBe(false);
  });

  it('has a budget for every key of DESIGN §8 and prints one row per budget', () => {
    expect(BUDGET_KEYS).toEqual([
      'detect.scanRatio',
      'detect.longestTaskMs5000',
      'detect.incrementalRatio',
      'detect.changeToBadgeP95Ms',
      'suggest.p95Ms',
      'scan.guideRevisions500Ms',
      'db.waitingCount100kMs',
      'popup.firstRenderMs',
      'bundle.contentMaxGzipKB',
      'bundle.backgroundGzipKB',
      'bundle.contentHasReact',
      'quality.languageAccuracy',
      'quality.languageAccuracy.sv',
      'quality.languageAccuracy.da',
      'quality.languageAccuracy.nb',
      'quality.languageAccuracy.de',
      'quality.languageAccuracy.fi',
      'quality.intentAccuracy',
      'quality.crisisRecall',
      'quality.falseEscalationRate',
      'quality.praiseEscalated',
      'model.gzipKB',
    ]);
    // The understanding issue's acceptance: a figure below its floor fails the bench.
    expect(BUDGETS['quality.intentAccuracy']).toMatchObject({ budget: 0.85, comparison: 'min' });
    expect(BUDGETS['quality.crisisRecall']).toMatchObject({ budget: 1, comparison: 'min' });
    expect(
      verdicts({ ...passing, 'quality.crisisRecall': 0.98 }).find((v) => !v.holds),
    ).toBeTruthy();
    expect(BUDGETS['popup.firstRenderMs']).toMatchObject({ budget: 100, comparison: 'max' });
    expect(BUDGETS['detect.scanRatio']).toMatchObject({ budget: 6, comparison: 'max' });
    expect(BUDGETS['detect.longestTaskMs5000']).toMatchObject({ budget: 50, comparison: 'max' });
    expect(BUDGETS['bundle.backgroundGzipKB']).toMatchObject({ budget: 120, comparison: 'max' });
    const table = formatTable({ ...passing, 'detect.scanRatio': 7 });
    expect(table).toMatch(/detect\.scanRatio\s+7 ×\s+≤ 6 ×\s+✖/);
    expect(table).toMatch(/popup\.firstRenderMs\s+90 ms\s+≤ 100 ms\s+✔/);
    expect(table).toContain('quality.crisisRecall');
  });
});

describe('bundle.backgroundGzipKB', () => {
  it('measures the service worker the manifest names, and fails without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svara-bench-'));
    try {
      const code = 'console.log("worker");\n'.repeat(200);
      mkdirSync(join(dir, 'sw'));
      writeFileSync(join(dir, 'sw/main.js'), code);
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ background: {} }));
      expect(() => measureBackground(dir)).toThrow(/no background service worker/);
      const manifest = { background: { service_worker: 'sw/main.js' } };
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      expect(measureBackground(dir)).toEqual({
        file: 'sw/main.js',
        bytes: code.length,
        gzipKB: gzipSync(code).length / 1024,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('percentile and median', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(
      percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 1000], 95),
    ).toBe(19);
  });

  it('is NaN for no samples and refuses a percentile outside 0–100', () => {
    expect(percentile([], 95)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('takes the middle, or the mean of the two middles, without reordering its input', () => {
    const samples = [5, 1, 3];
    expect(median(samples)).toBe(3);
    expect(samples).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('rounds for printing and leaves non-finite values alone', () => {
    expect(round(1.23456)).toBe(1.235);
    expect(round(1.25, 1)).toBe(1.3);
    expect(round(Number.NaN)).toBeNaN();
  });
});
