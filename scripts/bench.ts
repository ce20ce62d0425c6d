/**
 * `npm run bench [-- --json] [-- --build] [-- --only <prefix>]`: the performance budgets of
 * DESIGN.md §8, measured in one run (DOM work in headless Chromium). Prints a table, or with --json
 * one flat JSON object; exits non-zero when any budget fails or a figure could not be measured.
 * --build rebuilds the extensions first (otherwise they are built only when missing). --only runs
 * just the phases whose name starts with one of the comma-separated prefixes (e.g.
 * `--only detect.scanRatio,detect.incrementalRatio`); keys of phases left out are then not
 * reported as missing.
 */
import { launchWithExtension } from './lib/browser';
import { demoRoutes } from './demo/routes';
import { measureBackground, measureContentScripts } from './bench/bundle-size';
import { measureFirstScanTasks, measureIncrementalRatio, measureScanRatio } from './bench/detect';
import {
  DEMO_BUILD,
  PRODUCTION_BUILD,
  ensureBuilds,
  fillExtensionDatabase,
  measureChangeToBadge,
  measureOldestWaiting,
  measurePopup,
  measureWaitingCount,
} from './bench/extension';
import { launchPlain } from './bench/page-bundle';
import { formatTable, validateBenchResult, verdicts, type BenchResult } from './bench/result';
import { round } from './bench/stats';
import { measureGuideRevisions } from './bench/scan';
import { measureQuality, measureSuggest } from './bench/suggest';

const STORED_ITEMS = 100_000;

const argv = process.argv.slice(2);
const args = new Set(argv);
const json = args.has('--json');
const onlyIndex = argv.indexOf('--only');
const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined;
const selected = (name: string) =>
  only === undefined || only.split(',').some((prefix) => name.startsWith(prefix));
const EXTENSION_PHASES = ['bundle', 'detect.changeToBadge', 'db.waitingCount', 'popup.firstRender'];
const result: BenchResult = {};
const failures: string[] = [];

const log = (message: string) => {
  if (!json) process.stderr.write(`${message}\n`);
};

/** Runs one measurement; a failure is reported and leaves its keys out (so the run fails). */
async function phase(name: string, run: () => Promise<void> | void) {
  if (!selected(name)) return;
  const started = Date.now();
  try {
    await run();
    log(`  ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures.push(name);
    process.stderr.write(
      `bench: ${name} failed: ${error instanceof Error ? error.stack : error}\n`,
    );
  }
}

function set(key: string, value: number, digits = 3) {
  result[key] = round(value, digits);
}

async function main() {
  if (EXTENSION_PHASES.some(selected)) {
    // Not a phase of its own: `--only <key>` must not leave out the builds its key measures.
    ensureBuilds(args.has('--build'));
  }

  await phase('bundle', () => {
    const bundle = measureContentScripts(PRODUCTION_BUILD);
    set('bundle.contentMaxGzipKB', bundle.maxGzipKB, 1);
    set('bundle.backgroundGzipKB', measureBackground(PRODUCTION_BUILD).gzipKB, 1);
    set('bundle.contentHasReact', bundle.hasReact ? 1 : 0);
  });

  await phase('suggest', async () => {
    const latency = await measureSuggest();
    set('suggest.p95Ms', latency.p95);
    set('suggest.p50Ms', latency.p50);
  });
  await phase('scan.guideRevisions500Ms', async () => {
    const scan = await measureGuideRevisions();
    set('scan.guideRevisions500Ms', scan.extraMs);
    set('scan.oneRevisionMs', scan.oneMs);
    set('scan.fiveHundredRevisionsMs', scan.manyMs);
  });
  await phase('quality', async () => {
    for (const [key, value] of Object.entries(await measureQuality())) set(key, value);
  });

  const DETECT_PHASES = ['detect.scanRatio', 'detect.longestTaskMs5000', 'detect.incrementalRatio'];
  if (DETECT_PHASES.some(selected)) {
    const plain = await launchPlain();
    try {
      await phase('detect.scanRatio', async () => {
        const scan = await measureScanRatio(plain);
        set('detect.scanRatio', scan.ratio, 2);
        set('detect.scanMs', scan.scanMs);
        set('detect.baselineMs', scan.baselineMs);
        set('detect.minimalReadRatio', scan.minimalReadRatio, 2);
      });
      await phase('detect.longestTaskMs5000', async () => {
        const first = await measureFirstScanTasks(plain);
        set('detect.longestTaskMs5000', first.longestTaskMs, 1);
        set('detect.longTasks5000', first.longTasks, 0);
        set('detect.longestSliceMs5000', first.longestSliceMs, 1);
        set('detect.firstScan5000Ms', first.scanMs, 1);
      });
      await phase('detect.incrementalRatio', async () => {
        const incremental = await measureIncrementalRatio(plain);
        set('detect.incrementalRatio', incremental.ratio, 2);
        set('detect.incremental50Ms', incremental.small);
        set('detect.incremental5000Ms', incremental.large);
      });
    } finally {
      await plain.close();
    }
  }

  // One session of the demo build (its owner is Kanelkompaniet): the badge first, on a small
  // database, then 100,000 items for the count query and the popup.
  if (EXTENSION_PHASES.slice(1).some(selected)) {
    const session = await launchWithExtension({ extensionDir: DEMO_BUILD, routes: demoRoutes() });
    try {
      await phase('detect.changeToBadge', async () => {
        const badge = await measureChangeToBadge(session);
        set('detect.changeToBadgeP95Ms', badge.p95, 1);
        set('detect.changeToBadgeP50Ms', badge.p50, 1);
      });
      let waiting = 0;
      await phase('db.waitingCount', async () => {
        const options = await fillExtensionDatabase(session, STORED_ITEMS);
        const count = await measureWaitingCount(options);
        set('db.oldestWaiting100kMs', await measureOldestWaiting(options));
        await options.close();
        set('db.waitingCount100kMs', count.ms);
        waiting = count.waiting;
      });
      await phase('popup.firstRender', async () => {
        // Run alone (`--only popup.firstRender`), it fills the database the count phase would.
        if (!selected('db.waitingCount')) {
          const options = await fillExtensionDatabase(session, STORED_ITEMS);
          waiting = (await measureWaitingCount(options)).waiting;
          await options.close();
        }
        if (waiting === 0) throw new Error('the database was not filled');
        set('popup.firstRenderMs', await measurePopup(session, waiting), 1);
        set('popup.waitingShown', waiting, 0);
      });
    } finally {
      await session.close();
    }
  }

  const validation = validateBenchResult(result);
  const failed = verdicts(result).filter(
    (verdict) => !verdict.holds && (only === undefined || verdict.key in result),
  );
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    process.stdout.write(`${formatTable(result)}\n`);
  }
  // With --only, the keys of the phases left out are missing by design.
  const incomplete = only === undefined && !validation.ok;
  if (only === undefined) {
    for (const problem of validation.problems) process.stderr.write(`bench: ${problem}\n`);
  }
  if (failed.length > 0 || failures.length > 0 || incomplete) {
    const over = failed.map((verdict) => verdict.key).join(', ');
    process.stderr.write(`bench: budgets failed: ${over || 'none'}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 2;
});
