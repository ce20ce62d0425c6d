import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/browser';
import { postUrl, renderComment, renderPost } from '../../scripts/demo/facebook-markup';
import { DEMO_START_URL, demoRoutes } from '../../scripts/demo/routes';
import { DEMO_WAITING_COUNT, KANELKOMPANIET, demoPost } from '../../scripts/demo/kanelkompaniet';
import { DEMO_BUILD, expectBadge, expectNoStrayRequests } from './helpers';

// Pages change under the content script: comments arrive, the owner answers, the single-page
// app navigates. Detection must follow within a second and without a reload.
describe('a live Facebook page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension({ extensionDir: DEMO_BUILD, routes: demoRoutes() });
  });
  afterAll(async () => {
    expectNoStrayRequests(session);
    await session.close();
  });

  it('counts a comment appended later within 1 s, and rescans after in-app navigation', async () => {
    const page = await session.context.newPage();
    await page.goto(DEMO_START_URL);
    await expectBadge(session, String(DEMO_WAITING_COUNT));

    const newcomer = renderComment(demoPost, {
      id: '9100000000000050',
      author: { name: 'Karin Sjöberg', slug: 'karin.sjoberg.2' },
      text: 'Vilken tid stänger ni idag?',
      minutesAgo: 0,
      lang: 'sv',
    });
    const appendedAt = Date.now();
    await page.evaluate((html) => {
      document.querySelector('[data-svara-demo="comments"]')!.insertAdjacentHTML('beforeend', html);
    }, newcomer);
    await expectBadge(session, String(DEMO_WAITING_COUNT + 1), 1_000);
    expect(Date.now() - appendedAt).toBeLessThan(1_000);

    // The app swaps the post for another one and changes the URL without a page load.
    const otherPost = {
      page: KANELKOMPANIET,
      postId: '7310000000000002',
      text: 'Ny butik i Göteborg!',
      minutesAgo: 30,
      comments: [
        {
          id: '9200000000000001',
          author: { name: 'Nils Berg', slug: 'nils.berg.8' },
          text: 'Äntligen! När öppnar ni?',
          minutesAgo: 5,
          lang: 'sv',
        },
      ],
    };
    await page.evaluate(
      ({ html, url }) => {
        history.pushState({}, '', url);
        document.querySelector('[role="main"]')!.innerHTML = html;
      },
      { html: renderPost(otherPost), url: postUrl(otherPost) },
    );
    // Items that left the page keep waiting; the new post's comment joins them.
    await expectBadge(session, String(DEMO_WAITING_COUNT + 2), 3_000);
  });
});
