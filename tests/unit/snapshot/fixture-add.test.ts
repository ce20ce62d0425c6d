import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FixtureAddError, addFixture } from '../../../scripts/fixture-add';
import { FIXTURES_DIR, fixtureExpectationSchema, parseHtml } from '../../helpers/fixtures';
import { mergeOwners } from '../../../utils/platforms/owners';
import { adapterForUrl, adapters } from '../../../utils/platforms/registry';
import { Pseudonyms } from '../../../utils/snapshot/pseudonyms';
import { sanitizeSnapshot } from '../../../utils/snapshot/sanitize';
import type { PageSnapshot } from '../../../utils/snapshot/schema';

let workDir: string;
let fixturesRoot: string;

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'svara-fixture-add-'));
  fixturesRoot = join(workDir, 'fixtures');
});

afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

function detect(html: string, url: string, now: string) {
  const pageUrl = new URL(url);
  const adapter = adapterForUrl(pageUrl)!;
  const doc = parseHtml(html);
  return adapter.extract(
    doc,
    pageUrl,
    mergeOwners([], adapter.pageOwners(doc, pageUrl)),
    new Date(now),
  );
}

/** What the extension's bug report does: detect, sanitise page and items together, save. */
function snapshotOfFixture(fixture: string): PageSnapshot {
  const expected = fixtureExpectationSchema.parse(
    JSON.parse(readFileSync(join(FIXTURES_DIR, fixture, 'expected.json'), 'utf8')),
  );
  const html = readFileSync(join(FIXTURES_DIR, fixture, 'page.html'), 'utf8');
  const result = detect(html, expected.url, expected.now);
  if (result.layout !== 'recognised') throw new Error(`${fixture} is not recognised`);
  const pseudonyms = new Pseudonyms(
    expected.platform,
    adapters[expected.platform].snapshotKeeps.textPrefixes,
  );
  const doc = parseHtml(html);
  return {
    url: pseudonyms.url(expected.url),
    capturedAt: expected.now,
    platform: expected.platform,
    surface: expected.surface,
    uiLanguage: 'en',
    html: sanitizeSnapshot(doc.body, {
      platform: expected.platform,
      keeps: adapters[expected.platform].snapshotKeeps,
      items: result.items,
      pseudonyms,
      now: new Date(expected.now),
    }),
    detected: { layout: 'recognised', items: result.items.map((item) => pseudonyms.item(item)) },
  };
}

function writeSnapshot(snapshot: unknown, name = 'snapshot.json'): string {
  const file = join(workDir, name);
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

describe('fixture:add', () => {
  it.each(['facebook/facebook-post-some-answered', 'linkedin/post-legacy-some-answered'])(
    'turns a sanitised snapshot of %s into a case the adapter reads back identically',
    (fixture) => {
      const snapshot = snapshotOfFixture(fixture);
      const dir = addFixture(writeSnapshot(snapshot), { fixturesRoot });

      expect(dir).toBe(
        join(fixturesRoot, snapshot.platform, `${snapshot.surface}-snapshot-2026-11-20-en`),
      );
      expect(readdirSync(dir).sort()).toEqual(['SOURCE.md', 'expected.json', 'page.html']);
      const expected = fixtureExpectationSchema.parse(
        JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')),
      );
      expect(expected).toMatchObject({ url: snapshot.url, now: snapshot.capturedAt, owners: [] });
      expect(expected.items.length).toBeGreaterThan(0);

      const page = readFileSync(join(dir, 'page.html'), 'utf8');
      const original = readFileSync(join(FIXTURES_DIR, fixture, 'page.html'), 'utf8');
      const originalNames = detect(
        original,
        JSON.parse(readFileSync(join(FIXTURES_DIR, fixture, 'expected.json'), 'utf8')).url,
        expected.now,
      );
      if (originalNames.layout === 'recognised') {
        for (const { author } of originalNames.items) expect(page).not.toContain(author.name);
      }
      const reread = detect(page, expected.url, expected.now);
      expect(reread).toEqual({ layout: 'recognised', items: expected.items });
      expect(readFileSync(join(dir, 'SOURCE.md'), 'utf8')).toContain('sanitised');
    },
  );

  it('takes the folder name from --slug and the root from SVARA_FIXTURES_DIR', () => {
    const snapshot = snapshotOfFixture('facebook/facebook-post-some-answered');
    process.env.SVARA_FIXTURES_DIR = fixturesRoot;
    try {
      const dir = addFixture(writeSnapshot(snapshot), { slug: 'swedish-replies' });
      expect(dir).toBe(join(fixturesRoot, 'facebook', 'facebook-post-swedish-replies'));
    } finally {
      delete process.env.SVARA_FIXTURES_DIR;
    }
  });

  it('refuses to overwrite an existing case', () => {
    const file = writeSnapshot(snapshotOfFixture('facebook/facebook-post-some-answered'));
    addFixture(file, { fixturesRoot });
    expect(() => addFixture(file, { fixturesRoot })).toThrow(/already exists/);
  });

  it('lists every schema issue with its path', () => {
    const snapshot = snapshotOfFixture('facebook/facebook-post-some-answered');
    const broken = {
      ...snapshot,
      url: 'not a url',
      surface: 'linkedin-post',
      detected: { layout: 'recognised', items: [{ ...snapshot.detected.items[0], key: '' }] },
    };
    const error = captureError(() => addFixture(writeSnapshot(broken), { fixturesRoot }));
    expect(error).toBeInstanceOf(FixtureAddError);
    expect(error.message).toMatch(/^\s+url: /m);
    expect(error.message).toMatch(/^\s+surface: surface does not belong to platform/m);
    expect(error.message).toMatch(/^\s+detected\.items\.0\.key: /m);
    expect(readdirSync(workDir)).toEqual(['snapshot.json']);
  });

  it('refuses markup that Svara did not sanitise, and files that are not JSON', () => {
    const snapshot = snapshotOfFixture('facebook/facebook-post-some-answered');
    const raw = { ...snapshot, html: '<div role="article">Anna Lindqvist</div>' };
    expect(() => addFixture(writeSnapshot(raw), { fixturesRoot })).toThrow(/sanitised/);
    const notJson = join(workDir, 'broken.json');
    writeFileSync(notJson, '{ nope');
    expect(() => addFixture(notJson, { fixturesRoot })).toThrow(/cannot read .* as JSON/);
  });
});

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
