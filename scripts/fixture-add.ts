/**
 * Turns a page snapshot from a bug report into a fixture case (DESIGN.md §7):
 *
 *   npm run fixture:add -- <snapshot.json> [--slug <name>] [--root <fixtures dir>]
 *
 * creates tests/fixtures/<platform>/<surface>-<slug>/ with page.html, expected.json and SOURCE.md.
 * The fixtures root can also be set with SVARA_FIXTURES_DIR. Never overwrites a case.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { SANITISED_MARKER } from '../utils/snapshot/sanitize';
import { pageSnapshotSchema, type PageSnapshot } from '../utils/snapshot/schema';

const DEFAULT_FIXTURES_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures');

export class FixtureAddError extends Error {}

export interface AddFixtureOptions {
  /** Folder name after `<surface>-`; defaults to `snapshot-<capture date>[-<UI language>]`. */
  slug?: string;
  fixturesRoot?: string;
}

/** Writes the fixture case for a snapshot file and returns its folder. */
export function addFixture(snapshotFile: string, options: AddFixtureOptions = {}): string {
  const snapshot = readSnapshot(snapshotFile);
  const root = options.fixturesRoot ?? process.env.SVARA_FIXTURES_DIR ?? DEFAULT_FIXTURES_ROOT;
  const slug = options.slug ?? defaultSlug(snapshot);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    throw new FixtureAddError(`slug "${slug}" must be lowercase letters and digits joined by "-"`);
  }
  const dir = join(root, snapshot.platform, `${snapshot.surface}-${slug}`);
  if (existsSync(dir)) {
    throw new FixtureAddError(`${dir} already exists; choose another name with --slug`);
  }

  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.html'), snapshot.html);
  writeFileSync(
    join(dir, 'expected.json'),
    `${JSON.stringify(expectationOf(snapshot), null, 2)}\n`,
  );
  writeFileSync(join(dir, 'SOURCE.md'), sourceNoteOf(snapshot, snapshotFile));
  return dir;
}

function readSnapshot(file: string): PageSnapshot {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FixtureAddError(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const parsed = pageSnapshotSchema.safeParse(json);
  if (!parsed.success) {
    throw new FixtureAddError(`${file} is not a page snapshot:\n${formatIssues(parsed.error)}`);
  }
  if (!parsed.data.html.slice(0, 500).includes(SANITISED_MARKER)) {
    throw new FixtureAddError(
      `${file}: the markup does not start with Svara's "${SANITISED_MARKER}" note; ` +
        'only sanitised snapshots may become fixtures',
    );
  }
  return parsed.data;
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `  ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('\n');
}

function defaultSlug(snapshot: PageSnapshot): string {
  const date = new Date(snapshot.capturedAt).toISOString().slice(0, 10);
  const language = snapshot.uiLanguage?.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return language ? `snapshot-${date}-${language}` : `snapshot-${date}`;
}

/** The shape tests/helpers/fixtures.ts (`fixtureExpectationSchema`) reads. */
function expectationOf(snapshot: PageSnapshot) {
  const { layout, reason, items } = snapshot.detected;
  return {
    url: snapshot.url,
    now: new Date(snapshot.capturedAt).toISOString(),
    owners: [],
    platform: snapshot.platform,
    surface: snapshot.surface,
    layout,
    ...(layout === 'unknown' && reason ? { reasonIncludes: reason } : {}),
    items: layout === 'recognised' ? items : [],
  };
}

function sourceNoteOf(snapshot: PageSnapshot, snapshotFile: string): string {
  const { layout, reason, items } = snapshot.detected;
  return `# Source

Page snapshot from a bug report (\`${snapshotFile.split(/[\\/]/).pop()}\`), added with
\`npm run fixture:add\`. Svara sanitised it in the reporter's browser before it was shared: names,
profile links, message texts, ids and images are placeholders; scripts and styles were removed.

- URL: ${snapshot.url}
- Captured: ${snapshot.capturedAt}
- Surface: ${snapshot.surface}; UI language: ${snapshot.uiLanguage ?? 'not recorded'}
- Detected at capture time: ${layout}${reason ? ` (${reason})` : ''}, ${items.length} item(s)

## To review before committing

- [ ] page.html and the URL hold nothing personal (names, faces, phone numbers, addresses).
- [ ] expected.json says what the adapter *should* report: its items are what Svara reported at
      capture time, which is what the bug report says was wrong.
- [ ] \`owners\` lists the company's identities (by their placeholder names), so "answered" and
      "waiting" are checked.
- [ ] This note says what the page shows and why it was added.
`;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, root: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    throw new FixtureAddError(
      'usage: npm run fixture:add -- <snapshot.json> [--slug <name>] [--root <fixtures dir>]',
    );
  }
  const dir = addFixture(positionals[0], { slug: values.slug, fixturesRoot: values.root });
  console.log(`Created ${dir}: review SOURCE.md's checklist before committing.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(`fixture:add: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
