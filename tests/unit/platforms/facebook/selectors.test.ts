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

const exportedSelectors = Object.entries(selectors).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string',
);

describe('facebook selectors', () => {
  it.each(exportedSelectors)('%s matches in at least one fixture', (_name, selector) => {
    expect(pages.some((doc) => doc.querySelector(selector) !== null)).toBe(true);
  });

  it('never select on hashed atomic classes', () => {
    for (const [, selector] of exportedSelectors)
      expect(selector).not.toMatch(/\.x[0-9a-z]{5,8}\b/);
  });
});
