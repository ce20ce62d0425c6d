import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// The extension fetches its packaged files (the understanding models in public/model/) by their
// chrome-extension:// address; here that address is served from public/.
const realFetch = globalThis.fetch;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const packaged = /^chrome-extension:\/\/[^/]+\/(.+)$/.exec(url);
  if (!packaged) return realFetch(input, init);
  try {
    const body = await readFile(join(import.meta.dirname, '../public', packaged[1]!));
    return new Response(body, { status: 200 });
  } catch {
    return new Response('not found', { status: 404 });
  }
};

// happy-dom gives <bdi> no default display, so accessible names would get a space around each
// name isolated in one; browsers lay <bdi> out inline, as the HTML rendering rules say.
if (typeof document !== 'undefined') {
  const inlineBdi = document.createElement('style');
  inlineBdi.textContent = 'bdi { display: inline; }';
  document.head.append(inlineBdi);
}
