import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/browser';
import { DEMO_WAITING_COUNT } from '../../scripts/demo/kanelkompaniet';

// The README's first command, without a display: it must report what the badge and popup show.
describe('npm start -- --headless', () => {
  it('prints the demo’s waiting count, equal on the badge and in the popup', () => {
    const output = execFileSync('npx', ['tsx', 'scripts/start.ts', '--headless'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(output).toContain(`Badge: ${DEMO_WAITING_COUNT}`);
    expect(output).toContain(`Popup waiting count: ${DEMO_WAITING_COUNT}`);
  });
});
