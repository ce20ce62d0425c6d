import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/browser';

// `npm run screenshots` (after its demo build): every page at side-panel and desktop width, in
// English and Swedish; the README shows two of the kind it writes.
const OUT = join(ROOT, '.output/screenshots');
const NAMES = ['popup', 'sidepanel-queue', 'sidepanel-item', 'options'];
const WIDTHS = [400, 1280];

/** A PNG's width, from its IHDR chunk. */
const pngWidth = (file: string) => readFileSync(file).readUInt32BE(16);

describe('npm run screenshots', () => {
  it('writes popup, side panel (queue and item) and options at 400 and 1280 px in en and sv', () => {
    rmSync(OUT, { recursive: true, force: true });
    execFileSync('npx', ['tsx', 'scripts/screenshots.ts'], { cwd: ROOT, timeout: 120_000 });
    for (const name of NAMES) {
      for (const language of ['en', 'sv']) {
        for (const width of WIDTHS) {
          const file = join(OUT, `${name}-${language}-${width}.png`);
          expect(existsSync(file), file).toBe(true);
          expect(pngWidth(file), file).toBe(width);
        }
      }
    }
  });

  it('the README shows two of them, kept in docs/screenshots/', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/<img src="docs\/screenshots\/([^"]+)"/g)].map(([, f]) => f!);
    expect(shown).toHaveLength(2);
    for (const file of shown) {
      expect(file).toMatch(
        new RegExp(`^(${NAMES.join('|')})-(en|sv)-(${WIDTHS.join('|')})\\.png$`),
      );
      expect(existsSync(join(ROOT, 'docs/screenshots', file)), file).toBe(true);
    }
  });
});
