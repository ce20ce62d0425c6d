import { buildEditorBundles } from '../build-editors';
import type { PageRoutes } from '../lib/browser';
import { FACEBOOK_ORIGIN, postUrl, renderPostPage } from './facebook-markup';
import { demoPost } from './kanelkompaniet';

/** Where the demo page loads the real Lexical editor from (served by routing, like the page). */
const DEMO_LEXICAL_URL = `${FACEBOOK_ORIGIN}/svara-demo/lexical.js`;

/**
 * The demo's pages at real-looking platform URLs, for `npm start` and the end-to-end tests.
 * With `lexical` (the editor bundle's source), the reply box open under Astrid's comment is the
 * real Lexical editor Facebook runs; without it, static markup of the same shape.
 */
export function demoRoutes(options: { lexical?: string } = {}): PageRoutes {
  const routes: PageRoutes = new Map([
    [
      postUrl(demoPost),
      {
        body: renderPostPage(demoPost, {
          realEditor: options.lexical !== undefined,
          scripts: options.lexical !== undefined ? [DEMO_LEXICAL_URL] : [],
        }),
      },
    ],
  ]);
  if (options.lexical !== undefined) {
    routes.set(DEMO_LEXICAL_URL, { body: options.lexical, contentType: 'text/javascript' });
  }
  return routes;
}

/** The demo with the real Lexical editor in the open reply box (bundled on the fly by esbuild). */
export async function demoRoutesWithEditor(): Promise<PageRoutes> {
  const { lexical } = await buildEditorBundles();
  return demoRoutes({ lexical });
}

export const DEMO_START_URL = postUrl(demoPost);
