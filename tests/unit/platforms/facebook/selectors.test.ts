import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../../utils/platforms/facebook/selectors';
import { REAL_FIXTURES_DIR, loadFixtureCases, parseHtml } from '../../../helpers/fixtures';

// Every selector in selectors.ts must still match at least one saved page, real or hand-written:
// a selector nothing matches is either dead or describes markup no fixture proves.
const pages = [
  readFileSync(
    join(REAL_FIXTURES_DIR, 'facebook/comet-profile-post-comments-2025-06.html'),
    'utf8',
  ),
  ...loadFixtureCases('facebook').map((fixture) => fixture.html),
].map(parseHtml);

// LinkedIn's saved pages are pages no Facebook selector has business matching on.
const unrelatedPages = [
  ...loadFixtureCases('linkedin').map((fixture) => fixture.html),
  ...['post-with-comments-2026-09.html', 'post-zero-comments-2026-09.html'].map((name) =>
    readFileSync(join(REAL_FIXTURES_DIR, 'linkedin', name), 'utf8'),
  ),
].map(parseHtml);

/**
 * Selectors generic enough to match on LinkedIn too, and where the code keeps them from
 * matching anything else: each is only read inside, or around, what a specific selector found.
 */
const SCOPED: Record<string, string> = {
  POST_ARTICLE: 'closest() from a COMMENT_ARTICLE, or a container holding one',
  POST_HEADER_LINK: 'inside a POST_ARTICLE',
  BUTTON: 'inside a COMMENT_ARTICLE or its replies wrapper',
};

/** A selector that picks a quarter of a page's elements picks nothing in particular. */
const MAX_SHARE_OF_ELEMENTS = 0.25;

const exportedSelectors = Object.entries(selectors).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string',
);

describe('facebook selectors', () => {
  it.each(exportedSelectors)('%s matches in at least one fixture', (_name, selector) => {
    expect(pages.some((doc) => doc.querySelector(selector) !== null)).toBe(true);
  });

  it.each(exportedSelectors)('%s picks out a few elements, not most of a page', (_, selector) => {
    for (const doc of pages) {
      const share = doc.querySelectorAll(selector).length / doc.querySelectorAll('*').length;
      expect(share).toBeLessThan(MAX_SHARE_OF_ELEMENTS);
    }
  });

  it.each(exportedSelectors.filter(([name]) => !(name in SCOPED)))(
    '%s matches nothing on a LinkedIn page',
    (_, selector) => {
      expect(unrelatedPages.filter((doc) => doc.querySelector(selector))).toHaveLength(0);
    },
  );

  it('lists as scoped only selectors that do match elsewhere', () => {
    for (const name of Object.keys(SCOPED)) {
      const selector = (selectors as Record<string, unknown>)[name] as string;
      expect(
        unrelatedPages.some((doc) => doc.querySelector(selector)),
        name,
      ).toBe(true);
    }
  });

  it('never select on hashed atomic classes', () => {
    for (const [, selector] of exportedSelectors)
      expect(selector).not.toMatch(/\.x[0-9a-z]{5,8}\b/);
  });
});
