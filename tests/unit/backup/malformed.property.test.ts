import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../utils/backup/backup';
import { formatPath } from '../../../utils/backup/schema';
import { SvaraDatabase } from '../../../utils/db/database';
import { fillDatabase, snapshot } from './fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Sets `value` at `path` in a deep copy of `document`. */
function withValueAt(document: Json, path: (string | number)[], value: Json): Json {
  const copy = structuredClone(document);
  let parent = copy as Record<string | number, Json>;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, Json>;
  parent[path[path.length - 1]!] = value;
  return copy;
}

/** Paths of fields whose breaking must be noticed, with values each of them refuses. */
const BREAKABLE: { path: (string | number)[]; wrong: Json[] }[] = [
  { path: ['format'], wrong: ['svara', null, 1] },
  { path: ['version'], wrong: [0, 2, '1'] },
  { path: ['exportedAt'], wrong: ['yesterday', 5, null] },
  { path: ['items'], wrong: [{}, 'none', null] },
  { path: ['items', 0, 'key'], wrong: ['', 7, null] },
  { path: ['items', 1, 'platform'], wrong: ['myspace', true] },
  { path: ['items', 2, 'status'], wrong: ['lost', []] },
  { path: ['items', 0, 'author'], wrong: ['Åsa', null, { name: 3 }] },
  { path: ['items', 1, 'firstSeenAt'], wrong: ['2026-13-40', 0] },
  { path: ['responses', 0, 'waitedMs'], wrong: [-1, 1.5, '12'] },
  { path: ['responses', 1, 'via'], wrong: ['pigeon', null] },
  { path: ['responses', 0, 'respondedAt'], wrong: ['now', {}] },
  { path: ['people', 0, 'itemKeys'], wrong: ['fb:1', [1]] },
  { path: ['toneGuides', 0, 'origin'], wrong: ['cloud', 0] },
  { path: ['toneGuides', 1, 'savedAt'], wrong: ['', false] },
  { path: ['settings', 'targetMinutes'], wrong: [0, -3, 'fast', 1e9] },
  { path: ['settings', 'owners'], wrong: [{}, [{ platform: 'x', name: 'y' }]] },
];

describe('restoring malformed documents (property)', () => {
  const db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  let valid: Json;
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    await fillDatabase(db);
    valid = JSON.parse(JSON.stringify(await exportBackup(db)));
    before = await snapshot(db);
  });
  afterAll(async () => db.delete());

  async function expectRefusedAndUnchanged(document: unknown) {
    const result = await restoreBackup(db, document);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.length).toBeGreaterThan(0);
      for (const problem of result.problems) expect(typeof problem.path).toBe('string');
    }
    expect(await snapshot(db)).toEqual(before);
  }

  it('refuses random JSON and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (document) => expectRefusedAndUnchanged(document)),
      { numRuns: 150 },
    );
  });

  it('refuses random objects that borrow the backup header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), async (fields) =>
        expectRefusedAndUnchanged({ ...fields, format: 'svara-backup', version: 1, items: 'x' }),
      ),
      { numRuns: 50 },
    );
  });

  it('refuses a valid backup with one field broken, naming that field', async () => {
    const broken = fc
      .constantFrom(...BREAKABLE)
      .chain(({ path, wrong }) =>
        fc.record({ path: fc.constant(path), value: fc.constantFrom(...wrong) }),
      );
    await fc.assert(
      fc.asyncProperty(broken, async ({ path, value }) => {
        const document = withValueAt(valid, path, value);
        const result = await restoreBackup(db, document);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          const field = formatPath(path);
          expect(result.problems.some((problem) => problem.path.startsWith(field))).toBe(true);
        }
        expect(await snapshot(db)).toEqual(before);
      }),
      { numRuns: 120 },
    );
  });
});
