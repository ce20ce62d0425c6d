import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, restoreBackup } from '../../../utils/backup/backup';
import type { z } from 'zod';
import {
  backupSchema,
  backupSizeProblem,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_MEGABYTES,
  readBackupText,
} from '../../../utils/backup/schema';
import { eraseAll } from '../../../utils/backup/erase';
import { DEMO_OWNERS } from '../../../utils/background/owners';
import { SvaraDatabase } from '../../../utils/db/database';
import { getSettings, saveSettings } from '../../../utils/db/settings';
import { createTranslator } from '../../../utils/i18n/translate';
import { problemText } from '../../../components/problem-text';
import { fillDatabase, snapshot } from './fixtures';

// recheck's first analysis loads and warms a 3 MB module.
const ANALYSIS_TIMEOUT = 30_000;

type Document = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('strict restore', () => {
  let db: SvaraDatabase;
  let file: Document;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeEach(async () => {
    db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
    await fillDatabase(db);
    file = JSON.parse(JSON.stringify(await exportBackup(db)));
    before = await snapshot(db);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  async function refusedPaths(document: unknown) {
    const result = await restoreBackup(db, document);
    expect(await snapshot(db)).toEqual(before);
    if (result.ok) throw new Error('restored a document that should be refused');
    return result.problems;
  }

  it('refuses unknown fields at every level, each with its own path', async () => {
    file.extra = 1;
    file.items[0].author.avatar = 'https://example.com/a.png';
    file.items[1].pendingSuggestion = {
      suggestedText: 'Hej!',
      filledAt: '2026-11-20T10:00:00.000Z',
      agent: 'Maja',
      sentBy: 'Maja',
    };
    file.responses[0].note = 'x';
    file.people[0].email = 'asa@example.com';
    file.toneGuides[0].author = 'Maja';
    file.toneGuides[1].guide.templates[0].pattern = '.*';
    file.settings.theme = 'dark';
    file.settings.owners[0].verified = true;

    const problems = await refusedPaths(file);
    expect(problems.map((problem) => problem.path).sort()).toEqual(
      [
        'extra',
        'items[0].author.avatar',
        'items[1].pendingSuggestion.sentBy',
        'responses[0].note',
        'people[0].email',
        'toneGuides[0].author',
        'toneGuides[1].guide.templates[0].pattern',
        'settings.theme',
        'settings.owners[0].verified',
      ].sort(),
    );
    expect(new Set(problems.map((problem) => problem.messageKey))).toEqual(
      new Set(['backupUnknownField']),
    );
  });

  it('refuses fields named like built-in properties too', async () => {
    const document = JSON.parse(
      JSON.stringify(file).replace('"name":"Varm"', '"toString":"x","name":"Varm"'),
    );
    document.items[0] = JSON.parse(
      JSON.stringify(document.items[0]).replace('{', '{"__proto__":{},"constructor":1,'),
    );
    const paths = (await refusedPaths(document)).map((problem) => problem.path);
    expect(paths.sort()).toEqual(
      ['items[0].__proto__', 'items[0].constructor', 'toneGuides[0].guide.toString'].sort(),
    );
  });

  it('accepts what Svara writes: a person last seen at the page’s own offset', async () => {
    file.people[0].lastSeenAt = '2026-11-21T09:55:00+01:00';
    await eraseAll(db);
    expect(await restoreBackup(db, file)).toMatchObject({ ok: true });
    expect((await db.people.get(file.people[0].id))?.lastSeenAt).toBe('2026-11-21T09:55:00+01:00');
  });

  it('refuses dates that do not parse, wherever they are', async () => {
    file.exportedAt = '2026-02-30T10:00:00.000Z';
    file.items[0].firstSeenAt = '2026-11-20T25:00:00.000Z';
    file.items[1].postedAt = '2026-11-20';
    file.responses[0].respondedAt = 'yesterday';
    file.people[0].lastSeenAt = 'Fri, 20 Nov 2026 10:00:00 GMT';
    file.toneGuides[0].savedAt = '2026-04-31T08:00:00.000Z';
    const paths = (await refusedPaths(file)).map((problem) => problem.path);
    expect(paths.sort()).toEqual(
      [
        'exportedAt',
        'items[0].firstSeenAt',
        'items[1].postedAt',
        'responses[0].respondedAt',
        'people[0].lastSeenAt',
        'toneGuides[0].savedAt',
      ].sort(),
    );
  });

  it('refuses a revision that is not a guide, with the guide’s own paths', async () => {
    file.toneGuides[0].guide = { voice: 'varm' };
    delete file.toneGuides[1].guide.languages;
    const paths = (await refusedPaths(file)).map((problem) => problem.path);
    expect(paths).toContain('toneGuides[0].guide.name');
    expect(paths).toContain('toneGuides[0].guide.voice');
    expect(paths).toContain('toneGuides[0].guide.templates');
    expect(paths).toContain('toneGuides[1].guide.languages');
    expect(paths.every((path) => /^toneGuides\[[01]\]\.guide\./.test(path))).toBe(true);
  });

  it(
    'refuses a revision whose pattern backtracks catastrophically, as guide import does',
    async () => {
      file.toneGuides[1].guide.escalation[0].patterns = { sv: ['\\bmatförgiftning\\b', '^(a+)+$'] };
      expect(await refusedPaths(file)).toEqual([
        {
          path: 'toneGuides[1].guide.escalation[0].patterns.sv[1]',
          message: expect.stringContaining('backtracks catastrophically'),
          messageKey: 'guidePatternExponential',
          params: {},
        },
      ]);
    },
    ANALYSIS_TIMEOUT,
  );

  it('refuses settings that turn the demo owners on', async () => {
    file.settings.demo = true;
    file.settings.owners.push({ platform: 'linkedin', name: 'Kanelkompaniet', source: 'demo' });
    const problems = await refusedPaths(file);
    expect(problems.map(({ path, messageKey }) => ({ path, messageKey }))).toEqual([
      { path: 'settings.demo', messageKey: 'backupDemoSettings' },
      { path: 'settings.owners[1].source', messageKey: 'backupDemoOwner' },
    ]);
  });

  it('exports a demo profile without demo mode, so its backup restores', async () => {
    await saveSettings(db, {
      ...(await getSettings(db)),
      demo: true,
      owners: [...(await getSettings(db)).owners, { ...DEMO_OWNERS[0]! }],
    });
    const demoFile = JSON.parse(JSON.stringify(await exportBackup(db)));
    expect(demoFile.settings).toMatchObject({ demo: false, owners: file.settings.owners });
    await eraseAll(db);
    expect(await restoreBackup(db, demoFile)).toMatchObject({ ok: true });
    expect((await getSettings(db)).demo).toBe(false);
  });

  it('lists problems of the guides and of the rest of the file at once', async () => {
    file.items[0].extra = true;
    file.toneGuides[0].guide = 'not a guide';
    const paths = (await refusedPaths(file)).map((problem) => problem.path);
    expect(paths).toEqual(['items[0].extra', 'toneGuides[0].guide']);
  });

  it('names every refusal in each UI language', async () => {
    file.settings.demo = true;
    file.settings.owners[0].source = 'demo';
    file.people[0].email = 'asa@example.com';
    const problems = await refusedPaths(file);
    expect(problems).toHaveLength(3);
    for (const problem of problems) {
      const texts = (['en', 'sv', 'da', 'nb'] as const).map((locale) =>
        problemText(problem, createTranslator(locale)),
      );
      expect(texts.every((text) => text.length > 0 && !text.includes('{'))).toBe(true);
      expect(new Set(texts).size).toBe(4);
    }
  });

  it('writes nothing when a write fails half-way: one transaction over every table', async () => {
    await eraseAll(db);
    const emptied = await snapshot(db);
    vi.spyOn(db.settings, 'put').mockRejectedValue(new Error('disk gone'));
    await expect(restoreBackup(db, file)).rejects.toThrow('disk gone');
    expect(await snapshot(db)).toEqual(emptied);
    expect(await db.counters.count()).toBe(0);
  });
});

// Zod's definitions differ by schema type; the walk reads the few fields that hold schemas.
type SchemaDef = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every object schema inside `schema` with its path, through arrays, optionals and defaults. */
function objectSchemasOf(
  schema: z.core.$ZodType,
  path = 'backup',
): { path: string; def: SchemaDef }[] {
  const def = schema._zod.def as unknown as SchemaDef;
  const inner = ['element', 'innerType', 'in', 'out', 'valueType', 'keyType']
    .filter((field) => def[field])
    .flatMap((field) => objectSchemasOf(def[field], `${path}/${field}`));
  const options = (def.options ?? []).flatMap((option: z.core.$ZodType, index: number) =>
    objectSchemasOf(option, `${path}|${index}`),
  );
  const fields =
    def.type === 'object'
      ? Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([key, value]) =>
          objectSchemasOf(value, `${path}.${key}`),
        )
      : [];
  return [...(def.type === 'object' ? [{ path, def }] : []), ...fields, ...inner, ...options];
}

describe('the backup schema', () => {
  it('refuses unknown fields in every object it holds, also in fields added later', () => {
    const objects = objectSchemasOf(backupSchema);
    expect(objects.length).toBeGreaterThanOrEqual(9);
    const lenient = objects.filter(({ def }) => def.catchall?._zod.def.type !== 'never');
    expect(lenient.map(({ path }) => path)).toEqual([]);
  });
});

describe('the size cap', () => {
  it('is stated in the refusal, in every UI language', () => {
    const problem = backupSizeProblem(MAX_BACKUP_BYTES + 1);
    expect(problem).toMatchObject({ path: '', messageKey: 'backupTooLarge' });
    for (const locale of ['en', 'sv', 'da', 'nb'] as const) {
      expect(problemText(problem!, createTranslator(locale))).toContain(
        `${MAX_BACKUP_MEGABYTES} MB`,
      );
    }
    expect(backupSizeProblem(MAX_BACKUP_BYTES)).toBeNull();
  });

  it('refuses a longer text before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = readBackupText(`"${'x'.repeat(MAX_BACKUP_BYTES)}"`);
    expect(result).toEqual({ ok: false, problem: backupSizeProblem(MAX_BACKUP_BYTES + 1) });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(readBackupText('{"format":"svara-backup"}')).toEqual({
      ok: true,
      json: { format: 'svara-backup' },
    });
    expect(readBackupText('{ not json')).toMatchObject({
      ok: false,
      problem: { path: '', messageKey: 'backupNotJson' },
    });
  });
});
