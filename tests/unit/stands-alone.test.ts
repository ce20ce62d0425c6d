// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The repository stands alone: a fresh clone passes `npm test` with nothing beside it. No tracked
// file may read, link or cite the shared folder the project started from; the real captures live
// in tests/fixtures/real/ and the design in docs/.
const ROOT = resolve(import.meta.dirname, '../..');
const SELF = relative(ROOT, import.meta.filename).replaceAll('\\', '/');
const OUTSIDE = ['../shared', 'shared/fixtures', '/work/shared'];

function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\0').filter((path) => path !== '' && path !== SELF);
}

describe('the repository stands alone', () => {
  it('has no tracked file that points outside it', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const path of files) {
      const file = join(ROOT, path);
      if (!existsSync(file)) continue; // deleted in the work tree, not yet in the index
      const lines = readFileSync(file, 'latin1').split('\n');
      lines.forEach((line, index) => {
        for (const needle of OUTSIDE) {
          if (line.includes(needle)) found.push(`${path}:${index + 1}: ${needle}`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('keeps the real captures the tests read', () => {
    for (const path of [
      'tests/fixtures/real/MANIFEST.md',
      'tests/fixtures/real/facebook/comet-profile-post-comments-2025-06.html',
      'tests/fixtures/real/linkedin/post-with-comments-2026-09.html',
      'tests/fixtures/real/linkedin/post-with-comments-2026-09.measured.json',
      'tests/fixtures/real/linkedin/post-zero-comments-2026-09.html',
      'docs/DESIGN.md',
    ]) {
      expect(existsSync(join(ROOT, path)), path).toBe(true);
    }
  });
});
