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

  it.each(variants)('%s variant %s uses word classes only', (_, variant) => {
    const classes = [...variant.matchAll(/\.([\w-]+)/g)].map((match) => match[1]);
    for (const name of classes) expect(name === 'ProseMirror' || /[-_]/.test(name)).toBe(true);
  });
});
