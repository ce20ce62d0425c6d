import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportBackup, responseNaturalKey, restoreBackup } from '../../../utils/backup/backup';
import { formatPath, parseBackup, type Backup } from '../../../utils/backup/schema';
import { SvaraDatabase } from '../../../utils/db/database';
import { notePerson, rekeyPeople } from '../../../utils/db/people';
import { saveSettings } from '../../../utils/db/settings';
import { saveToneGuide } from '../../../utils/db/tone-guides';
import { MAX_TEXT_LENGTH } from '../../../utils/model/detected-item';
import { defaultSettings } from '../../../utils/model/settings';
import { fillDatabase, logEntry, savedGuide, snapshot, storedItem } from './fixtures';

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

type Path = (string | number)[];

const isObject = (value: Json): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every value in the document with its path, the document itself first. */
function entriesOf(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const children = Array.isArray(value)
    ? value.flatMap((child, index) => entriesOf(child, [...path, index]))
    : isObject(value)
      ? Object.entries(value).flatMap(([key, child]) => entriesOf(child, [...path, key]))
      : [];
  return [{ path, value }, ...children];
}

function withoutFieldAt(document: Json, path: Path): Json {
  const copy = structuredClone(document);
  const parent = path.slice(0, -1).reduce<Json>((value, part) => (value as never)[part], copy);
  delete (parent as Record<string, Json>)[path[path.length - 1] as string];
  return copy;
}

const typeOf = (value: Json) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
const ONE_OF_EACH_TYPE: Json[] = [null, true, 7, 'text', [], {}];
const BAD_DATES = [
  '2026-02-30T10:00:00.000Z',
  '2026-11-20T25:00:00.000Z',
  '2026-11-20',
  'yesterday',
  '20 Nov 2026 10:00',
];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T/;
/** Strings with a stated maximum in the fixture's backup, and that maximum. */
const CAPPED: { path: Path; max: number }[] = [
  { path: ['items', 0, 'text'], max: MAX_TEXT_LENGTH },
  { path: ['items', 1, 'author', 'name'], max: 1_000 },
  { path: ['items', 2, 'key'], max: 2_000 },
  { path: ['items', 2, 'assignee'], max: 200 },
  { path: ['people', 0, 'name'], max: 1_000 },
  { path: ['settings', 'agentName'], max: 200 },
  { path: ['settings', 'colleagues', 0], max: 200 },
  { path: ['settings', 'owners', 0, 'name'], max: 200 },
];
const REQUIRED_GUIDE_FIELDS = ['name', 'brand', 'languages', 'voice', 'emoji', 'templates'];

const isInsideGuide = (path: Path) => path[0] === 'toneGuides' && path[2] === 'guide';

/** A mutated document, and the path a refusal must name when the mutation has to be refused. */
interface Mutation {
  name: string;
  document: Json;
  refusedAt: string | null;
}

function mutationsOf(valid: Json): fc.Arbitrary<Mutation> {
  const entries = entriesOf(valid);
  const fields = entries.filter(({ path }) => typeof path[path.length - 1] === 'string');
  const objects = entries.filter(({ value }) => isObject(value));
  const dates = entries.filter(({ value }) => typeof value === 'string' && ISO_DATE.test(value));
  const revisions = [0, 1];
  const guideOf = (index: number) =>
    (valid as { toneGuides: { guide: Json }[] }).toneGuides[index]!.guide;
  const badGuide = (index: number): fc.Arbitrary<Json> =>
    fc.oneof(
      fc.jsonValue() as fc.Arbitrary<Json>,
      fc
        .constantFrom(...REQUIRED_GUIDE_FIELDS)
        .map((field) => withoutFieldAt(guideOf(index), [field])),
      fc.constant(withValueAt(guideOf(index), ['escalation', 0, 'patterns'], { sv: ['^(a+)+$'] })),
    );
  return fc.oneof(
    fc.constantFrom(...fields).map(({ path }) => ({
      name: 'drop a field',
      document: withoutFieldAt(valid, path),
      refusedAt: null, // optional fields may go
    })),
    fc
      .tuple(fc.constantFrom(...objects), fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue())
      .map(([{ path }, name, value]) => ({
        name: 'add a field',
        document: withValueAt(valid, [...path, `x-${name}`], value as Json),
        // A guide's records (keywords by language…) name the record, their message the key.
        refusedAt: formatPath(isInsideGuide(path) ? path : [...path, `x-${name}`]),
      })),
    fc.constantFrom(...entries).chain(({ path, value }) =>
      fc
        .constantFrom(...ONE_OF_EACH_TYPE.filter((other) => typeOf(other) !== typeOf(value)))
        .map((other) => ({
          name: 'change a type',
          document: path.length === 0 ? other : withValueAt(valid, path, other),
          refusedAt: formatPath(path),
        })),
    ),
    fc.tuple(fc.constantFrom(...dates), fc.constantFrom(...BAD_DATES)).map(([{ path }, date]) => ({
      name: 'break a date',
      document: withValueAt(valid, path, date),
      refusedAt: formatPath(path),
    })),
    fc
      .constantFrom<[Path, Json]>(
        [['settings', 'demo'], true],
        [['settings', 'owners', 0, 'source'], 'demo'],
      )
      .map(([path, value]) => ({
        name: 'turn the demo on',
        document: withValueAt(valid, path, value),
        refusedAt: formatPath(path),
      })),
    fc.constantFrom(...CAPPED).map(({ path, max }) => ({
      name: 'oversize a string',
      document: withValueAt(valid, path, 'x'.repeat(max + 1)),
      refusedAt: formatPath(path),
    })),
    fc.constantFrom(...revisions).chain((index) =>
      badGuide(index).map((guide) => ({
        name: 'break a revision',
        document: withValueAt(valid, ['toneGuides', index, 'guide'], guide),
        refusedAt: `toneGuides[${index}].guide`,
      })),
    ),
  );
}

/** What a backup holds, without what a restore may renumber, in an order of its own. */
function contentOf(backup: Omit<Backup, 'exportedAt'>) {
  const sorted = <T>(rows: T[]) =>
    rows
      .map((row) => JSON.stringify(row))
      .sort()
      .map((row) => JSON.parse(row) as T);
  return {
    items: sorted(backup.items),
    responses: sorted(backup.responses.map(({ id: _id, ...entry }) => entry)),
    people: sorted(backup.people),
    toneGuides: sorted(backup.toneGuides.map(({ revision: _revision, ...revision }) => revision)),
    settings: backup.settings,
  };
}

/** A profile with data of its own, none of it in the backup. */
async function fillOtherProfile(db: SvaraDatabase) {
  const item = storedItem({ key: 'fb:other', author: { name: 'Eva Lund' } });
  await db.items.add(item);
  await notePerson(db, item);
  await db.responses.add(logEntry({ itemKey: 'fb:other', agent: 'Olle' }));
  await saveToneGuide(db, savedGuide('Formell'), 'editor', new Date('2026-11-15T08:00:00Z'));
  await saveSettings(db, { ...defaultSettings, agentName: 'Olle', colleagues: ['Eva'] });
}

// recheck's first analysis of a pattern loads and warms a 3 MB module.
const ANALYSIS_TIMEOUT = 120_000;

describe('restore is all or nothing (property)', () => {
  let valid: Json;
  beforeAll(async () => {
    const source = new SvaraDatabase(`test-${crypto.randomUUID()}`);
    await fillDatabase(source);
    valid = JSON.parse(JSON.stringify(await exportBackup(source)));
    await source.delete();
  });

  it(
    'applies a mutated backup whole or changes nothing, and names the path of each refusal',
    async () => {
      // Both outcomes into both kinds of profile, or the property proved less than it says.
      const outcomes = new Set<string>();
      await fc.assert(
        fc.asyncProperty(mutationsOf(valid), fc.boolean(), async (mutation, intoOtherProfile) => {
          const db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
          try {
            if (intoOtherProfile) await fillOtherProfile(db);
            const before = await snapshot(db);
            const result = await restoreBackup(db, mutation.document);
            outcomes.add(
              `${result.ok ? 'applied' : 'refused'} into ${intoOtherProfile ? 'other' : 'empty'}`,
            );
            if (!result.ok) {
              expect(await snapshot(db)).toEqual(before);
              if (mutation.refusedAt !== null) {
                const paths = result.problems.map((problem) => problem.path);
                expect(paths.some((path) => path.startsWith(mutation.refusedAt!))).toBe(true);
              }
              return;
            }
            expect(mutation.refusedAt).toBeNull();
            const parsed = await parseBackup(mutation.document);
            if (!parsed.ok) throw new Error('restored what parseBackup refuses');
            // People's ids are derived from who they are, so a restore recomputes them.
            const restored = { ...parsed.backup, people: rekeyPeople(parsed.backup.people) };
            if (!intoOtherProfile) {
              expect(contentOf(await exportBackup(db))).toEqual(contentOf(restored));
              return;
            }
            // Merged: everything the profile held stays, everything the backup holds is there.
            const after = await snapshot(db);
            const keys = <T>(rows: T[], keyOf: (row: T) => string) => new Set(rows.map(keyOf));
            const expectAll = <T>(inside: T[], outside: T[], keyOf: (row: T) => string) =>
              expect(
                [...keys(inside, keyOf)].filter((key) => !keys(outside, keyOf).has(key)),
              ).toEqual([]);
            const guideKey = (row: { savedAt: string; guide: unknown }) =>
              JSON.stringify([row.savedAt, row.guide]);
            for (const rows of [before, restored]) {
              expectAll(rows.items, after.items, (item) => item.key);
              expectAll(rows.responses, after.responses, responseNaturalKey);
              expectAll(rows.people, after.people, (person) => person.id);
              expectAll(rows.toneGuides, after.toneGuides, guideKey);
            }
          } finally {
            await db.delete();
          }
        }),
        // The backup as exported, into both profiles, always runs: random mutations almost
        // always break it, and "applied" must be seen for the property to say anything.
        {
          numRuns: 250,
          examples: [
            [{ name: 'as exported', document: valid, refusedAt: null }, false],
            [{ name: 'as exported', document: valid, refusedAt: null }, true],
          ],
        },
      );
      expect([...outcomes].sort()).toEqual([
        'applied into empty',
        'applied into other',
        'refused into empty',
        'refused into other',
      ]);
    },
    ANALYSIS_TIMEOUT,
  );

  it('leaves the database as it was when any one of its writes fails', async () => {
    const writes = [
      ['items', 'bulkAdd'],
      ['responses', 'bulkAdd'],
      ['people', 'bulkPut'],
      ['toneGuides', 'bulkAdd'],
      ['settings', 'put'],
      ['counters', 'put'],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        fc.boolean(),
        async ([table, method], intoOtherProfile) => {
          const db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
          try {
            if (intoOtherProfile) await fillOtherProfile(db);
            const before = await snapshot(db);
            const counters = await db.counters.toArray();
            vi.spyOn(db[table], method).mockRejectedValue(new Error(`${table} failed`));
            await expect(restoreBackup(db, valid)).rejects.toThrow(`${table} failed`);
            expect(await snapshot(db)).toEqual(before);
            expect(await db.counters.toArray()).toEqual(counters);
          } finally {
            await db.delete();
          }
        },
      ),
      { numRuns: 24 },
    );
  });
});
