import type { PageRoutes } from '../lib/browser';
import { postUrl, renderPostPage } from './facebook-markup';
import { demoPost } from './kanelkompaniet';

/** The demo's pages at real-looking platform URLs, for `npm start` and the end-to-end tests. */
export function demoRoutes(extraScripts: string[] = []): PageRoutes {
  return new Map([
    [postUrl(demoPost), { body: renderPostPage(demoPost, { scripts: extraScripts }) }],
  ]);
}

export const DEMO_START_URL = postUrl(demoPost);
