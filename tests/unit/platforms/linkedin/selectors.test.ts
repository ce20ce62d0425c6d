import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixtureCases, parseHtml, REAL_FIXTURES_DIR } from '../../../helpers/fixtures';
import {
  EDITORS,
  IDENTITY,
  LEGACY,
  MESSAGING,
  SDUI,
} from '../../../../utils/platforms/linkedin/selectors';

// Every selector variant must match something in a saved page (ours or a real capture), so a
// selector nobody can check does not linger; and none may rely on a hashed class name.
const pages = [
  ...loadFixtureCases('linkedin').map(({ name, html }) => ({ name, doc: parseHtml(html) })),
  ...['post-with-comments-2026-09.html', 'post-zero-comments-2026-09.html'].map((name) => ({
    name,
    doc: parseHtml(readFileSync(join(REAL_FIXTURES_DIR, 'linkedin', name), 'utf8')),
  })),
];

// Facebook's saved pages are pages no LinkedIn selector has business matching on.
const unrelatedPages = [
  ...loadFixtureCases('facebook').map((fixture) => fixture.html),
  readFileSync(
    join(REAL_FIXTURES_DIR, 'facebook/comet-profile-post-comments-2025-06.html'),
    'utf8',
  ),
].map(parseHtml);

/**
 * Fallback variants generic enough to match on Facebook too, and where the code keeps them from
 * matching anything else: each is only read inside what a specific selector found.
 */
const SCOPED: Record<string, string> = {
  'MESSAGING.rowNames h3': 'inside a MESSAGING.listRow',
  'MESSAGING.rowPreview p': 'inside a MESSAGING.listRow',
};

/** A selector that picks a quarter of a page's elements picks nothing in particular. */
const MAX_SHARE_OF_ELEMENTS = 0.25;

const variants = Object.entries({ LEGACY, SDUI, MESSAGING, EDITORS, IDENTITY }).flatMap(
  ([group, selectors]) =>
    Object.entries(selectors).flatMap(([name, selector]) =>
      selector.split(/,\s*/).map((variant) => [`${group}.${name}`, variant] as const),
    ),
);

describe('LinkedIn selectors', () => {
  it.each(variants)('%s variant %s matches in at least one saved page', (_, variant) => {
    expect(
      pages.filter(({ doc }) => doc.querySelector(variant)).map(({ name }) => name),
    ).not.toEqual([]);
  });

  it.each(variants)('%s variant %s picks out a few elements, not most of a page', (_, variant) => {
    for (const { name, doc } of pages) {
      const share = doc.querySelectorAll(variant).length / doc.querySelectorAll('*').length;
      expect(share, name).toBeLessThan(MAX_SHARE_OF_ELEMENTS);
    }
  });

  it.each(variants.filter(([name, variant]) => !(`${name} ${variant}` in SCOPED)))(
    '%s variant %s matches nothing on a Facebook page',
    (_, variant) => {
      expect(unrelatedPages.filter((doc) => doc.querySelector(variant))).toHaveLength(0);
    },
  );

  it('lists as scoped only variants that do match elsewhere', () => {
    for (const scoped of Object.keys(SCOPED)) {
      const variant = scoped.slice(scoped.indexOf(' ') + 1);
      expect(
        unrelatedPages.some((doc) => doc.querySelector(variant)),
        scoped,
      ).toBe(true);
    }
  });

  it.each(variants)('%s variant %s uses word classes only', (_, variant) => {
    const classes = [...variant.matchAll(/\.([\w-]+)/g)].map((match) => match[1]);
    for (const name of classes) expect(name === 'ProseMirror' || /[-_]/.test(name)).toBe(true);
  });
});
