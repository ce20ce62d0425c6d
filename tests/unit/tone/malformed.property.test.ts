import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../../utils/db/database';
import {
  activeToneGuide,
  listToneGuideRevisions,
  saveToneGuide,
} from '../../../utils/db/tone-guides';
import { defaultToneGuideInput } from '../../../utils/tone/default-guide';
import { formatPath, parseToneGuide } from '../../../utils/tone/schema';
import { saveValidToneGuide } from '../../../entrypoints/options/tone-guide';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const validGuide = JSON.parse(JSON.stringify(defaultToneGuideInput)) as Json;

/** Every place in the valid guide, from whole sections down to single list entries. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((child, index) => [index, child])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function valueAt(document: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, document);
}

/** A deep copy of `document` with the field at `path` replaced, or removed when `value` is undefined. */
function withValueAt(document: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(document);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (value !== undefined) parent[key] = value;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

const jsonTypeOf = (value: Json) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** Texts for the people answering: one text, or an object of one per language. */
const GUIDE_TEXT_FIELDS = new Set<string | number>(['handTo', 'guidance', 'message']);
const acceptedTypes = (path: Path, original: Json) =>
  GUIDE_TEXT_FIELDS.has(path.at(-1)!) ? ['string', 'object'] : [jsonTypeOf(original)];

/**
 * Values of every JSON type the field does not accept: besides the guide texts, no field of a
 * guide accepts two types.
 */
const retypedValue = (path: Path, original: Json): fc.Arbitrary<Json> =>
  fc
    .oneof<fc.Arbitrary<Json>[]>(
      fc.constant(null),
      fc.boolean(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string(),
      fc.array(fc.jsonValue() as fc.Arbitrary<Json>, { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.jsonValue() as fc.Arbitrary<Json>, { maxKeys: 3 }),
    )
    .filter((value) => !acceptedTypes(path, original).includes(jsonTypeOf(value)));

/** Fields a guide cannot do without (the others have defaults or are optional). */
const REQUIRED: Path[] = [
  ['name'],
  ['brand'],
  ['brand', 'names'],
  ['languages'],
  ['languages', 'supported'],
  ['languages', 'default'],
  ['voice'],
  ['voice', 0, 'trait'],
  ['voice', 0, 'do'],
  ['locales'],
  ['locales', 'sv'],
  ['locales', 'da', 'address'],
  ['locales', 'nb', 'greetings'],
  ['emoji'],
  ['emoji', 'policy'],
  ['maxExclamations'],
  ['surfaces'],
  ['surfaces', 'facebook-dm'],
  ['surfaces', 'linkedin-comment', 'maxLength'],
  ['templates'],
  ['templates', 0, 'id'],
  ['templates', 1, 'text'],
  ['templates', 2, 'intents'],
  ['templates', 3, 'surfaces'],
  ['templates', 4, 'language'],
];

/** Values of the right type that are still wrong: out of range, empty, unknown, inconsistent. */
const WRONG_BUT_WELL_TYPED: { path: Path; wrong: Json[] }[] = [
  { path: ['name'], wrong: ['', '   '] },
  { path: ['brand', 'names'], wrong: [[], ['']] },
  { path: ['languages', 'supported'], wrong: [[], ['xx']] },
  { path: ['languages', 'default'], wrong: ['fi', 'klingon'] },
  { path: ['languages', 'fallbackOrder'], wrong: [['de'], ['??']] },
  { path: ['maxExclamations'], wrong: [-1, 1.5] },
  { path: ['surfaces', 'facebook-comment', 'maxLength'], wrong: [0, -20, 2.5] },
  { path: ['emoji', 'policy'], wrong: ['always', ''] },
  { path: ['locales', 'sv', 'greetings'], wrong: [[]] },
  { path: ['locales', 'da', 'signOffs'], wrong: [[], ['  ']] },
  { path: ['templates', 0, 'text'], wrong: ['Hej {fistName}!', ''] },
  { path: ['templates', 1, 'id'], wrong: [''] },
  { path: ['templates', 2, 'intents'], wrong: [[], ['gossip']] },
  { path: ['templates', 3, 'language'], wrong: ['fi', 'xx'] },
  { path: ['templates', 4, 'variables'], wrong: [['nickname']] },
  { path: ['rules', 0, 'level'], wrong: ['fatal'] },
  { path: ['rules', 0, 'kind'], wrong: ['rhyme'] },
  { path: ['escalation', 0, 'action'], wrong: ['panic'] },
  { path: ['escalation', 0, 'patterns'], wrong: [{ sv: ['(unclosed'] }] },
];

/** Each property runs hundreds of imports against IndexedDB; a busy machine needs the room. */
const PROPERTY_TIMEOUT_MS = 30_000;

describe('importing malformed tone guides (property)', () => {
  let revisionsBefore: Awaited<ReturnType<typeof listToneGuideRevisions>>;
  let activeBefore: Awaited<ReturnType<typeof activeToneGuide>>;

  beforeAll(async () => {
    // Two saved versions, the newest in force, so "unchanged" covers more than the default.
    await saveToneGuide(db, defaultToneGuideInput, 'default');
    await saveValidToneGuide(
      { ...defaultToneGuideInput, name: 'Kanelkompaniet, edited' },
      'editor',
    );
    revisionsBefore = await listToneGuideRevisions(db);
    activeBefore = await activeToneGuide(db);
    expect(activeBefore.name).toBe('Kanelkompaniet, edited');
  });
  // Saving only ever adds a revision: the count after each document catches any write, and the
  // full comparison after each property catches everything else.
  afterEach(async () => {
    expect(await listToneGuideRevisions(db)).toEqual(revisionsBefore);
    expect(await activeToneGuide(db)).toEqual(activeBefore);
  });
  afterAll(async () => db.delete());

  /** The options page's import refuses it, naming at least one path, and stores nothing. */
  async function expectRefusedAndUnchanged(document: unknown): Promise<string[]> {
    await expect(saveValidToneGuide(document, 'import')).rejects.toThrow();
    const parsed = parseToneGuide(document);
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.problems.map((problem) => problem.path);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(typeof path).toBe('string');
    expect(await db.toneGuides.count()).toBe(revisionsBefore.length);
    return paths;
  }

  /** A problem is named at the broken field, inside it, or at the object that lost it. */
  const namesField = (paths: string[], broken: Path) =>
    paths.some((path) => path.startsWith(formatPath(broken)));

  it(
    'refuses random JSON',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (document) => {
          await expectRefusedAndUnchanged(document);
        }),
        { numRuns: 1_000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'refuses random objects that borrow all but one of the guide’s required sections',
    async () => {
      const requiredSections = REQUIRED.filter((path) => path.length === 1).map(
        ([section]) => section,
      );
      const sections = Object.keys(validGuide as object);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...requiredSections),
          fc.subarray(sections),
          fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
          async (missing, kept, noise) => {
            const borrowed = Object.fromEntries(
              kept
                .filter((section) => section !== missing)
                .map((section) => [section, valueAt(validGuide, [section])]),
            );
            // The noise may use a section's name too: the missing one must stay missing.
            const document: Record<string, unknown> = { ...noise, ...borrowed };
            delete document[missing as string];
            await expectRefusedAndUnchanged(document);
          },
        ),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'refuses the valid guide with a value of the wrong type anywhere, naming that place',
    async () => {
      const paths = pathsOf(validGuide);
      expect(paths.length).toBeGreaterThan(500);
      const retyped = fc.constantFrom(...paths).chain((path) =>
        fc.record({
          path: fc.constant(path),
          value: retypedValue(path, valueAt(validGuide, path)),
        }),
      );
      await fc.assert(
        fc.asyncProperty(retyped, async ({ path, value }) => {
          const problems = await expectRefusedAndUnchanged(withValueAt(validGuide, path, value));
          expect(namesField(problems, path)).toBe(true);
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'refuses the valid guide without a required field, naming it',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...REQUIRED), async (path) => {
          const problems = await expectRefusedAndUnchanged(
            withValueAt(validGuide, path, undefined),
          );
          // Removing a list entry shifts the rest, so the list itself is what must be named.
          const named = typeof path.at(-1) === 'number' ? path.slice(0, -1) : path;
          expect(namesField(problems, named)).toBe(true);
        }),
        { numRuns: 40 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'refuses the valid guide with one well-typed but wrong value, naming it',
    async () => {
      const broken = fc
        .constantFrom(...WRONG_BUT_WELL_TYPED)
        .chain(({ path, wrong }) =>
          fc.record({ path: fc.constant(path), value: fc.constantFrom(...wrong) }),
        );
      await fc.assert(
        fc.asyncProperty(broken, async ({ path, value }) => {
          const problems = await expectRefusedAndUnchanged(withValueAt(validGuide, path, value));
          expect(namesField(problems, path)).toBe(true);
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
