/**
 * `npm test`: every check a change must pass, in order, stopping at the first failure:
 * typecheck, lint, unit and component tests, the builds, browser tests of the fill code, the
 * end-to-end tests in Chromium (and the badge in Firefox), and Mozilla's addons-linter on the
 * Firefox build.
 * Without Chromium it fails and says how to get one; it never skips.
 */
import { spawnSync } from 'node:child_process';
import { chromiumPath, ROOT } from './lib/browser';

let passed = 0;

function run(title: string, command: string, args: string[]) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    console.log(`checks: ${passed} passed, 1 failed`);
    process.exit(result.status || 1);
  }
  passed += 1;
}

try {
  chromiumPath();
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
}

const npx = 'npx';
run('Typecheck', npx, ['tsc', '--noEmit']);
run('Lint', 'npm', ['run', '--silent', 'lint']);
run('Unit and component tests', npx, ['vitest', 'run']);
run('Build (Chrome)', npx, ['wxt', 'build']);
run('Build (Chrome, demo)', npx, ['wxt', 'build', '--mode', 'demo']);
run('Build (Firefox)', npx, ['wxt', 'build', '-b', 'firefox']);
run('Build (Firefox, demo)', npx, ['wxt', 'build', '-b', 'firefox', '--mode', 'demo']);
run('Browser tests', npx, ['vitest', 'run', '--config', 'vitest.browser.config.ts']);
run('End-to-end tests', npx, ['vitest', 'run', '--config', 'vitest.e2e.config.ts']);
run('Firefox package lint', npx, ['addons-linter', '--self-hosted', '.output/firefox-mv2']);
console.log('\n✔ All checks passed.');
console.log(`checks: ${passed} passed, 0 failed`);
