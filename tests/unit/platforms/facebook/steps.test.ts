import { describe, expect, it } from 'vitest';
import { benchPost, COMMENT_LIST } from '../../../../scripts/bench/pages';
import { postUrl, renderPost } from '../../../../scripts/demo/facebook-markup';
import { KANELKOMPANIET } from '../../../../scripts/demo/kanelkompaniet';
import type { OwnerIdentity } from '../../../../utils/model/owner';
import { facebookAdapter } from '../../../../utils/platforms/facebook/adapter';

const OWNERS: OwnerIdentity[] = [
  {
    platform: 'facebook',
    name: KANELKOMPANIET.name,
    url: `https://www.facebook.com/${KANELKOMPANIET.slug}`,
    source: 'options',
  },
];
const NOW = new Date('2026-12-01T12:00:00Z');

// Links and buttons outside any comment: they shift every element list read before the pause.
const NOISE =
  '<div><a href="https://www.facebook.com/ads">Ad</a><div role="button">Follow</div>' +
  '<span dir="auto">Suggested for you</span></div>';

describe('Facebook extraction in steps', () => {
  it('reads the page as it is when elements were added, during a pause, where the walk had passed', () => {
    const post = benchPost(200, '7310000000000200');
    const url = new URL(postUrl(post));
    document.body.innerHTML = `<div role="main">${renderPost(post)}</div>`;
    const steps = facebookAdapter.extractSteps(document, url, OWNERS, NOW);
    // Well into the walk over the post's elements.
    for (let i = 0; i < 6; i += 1) expect(steps.next().done).toBe(false);
    const list = document.querySelector(COMMENT_LIST)!;
    for (let i = 0; i < 5; i += 1) list.insertAdjacentHTML('afterbegin', NOISE);
    let step = steps.next(true);
    while (!step.done) step = steps.next();
    const now = facebookAdapter.extract(document, url, OWNERS, NOW);
    expect(now.layout).toBe('recognised');
    expect(step.value).toEqual(now);
  });
});
