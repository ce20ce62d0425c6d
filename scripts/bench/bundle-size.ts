import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Markers only React's runtime carries (React 18 and 19 element symbols, react-dom's internals).
const REACT_MARKERS = [
  'react-dom',
  '__SECRET_INTERNALS',
  '__CLIENT_INTERNALS_DO_NOT_USE',
  'react.transitional.element',
  'Symbol.for("react.element")',
];

/** `bundle.contentMaxGzipKB` and `bundle.contentHasReact` over a build's content scripts. */
export function measureContentScripts(extensionDir: string) {
  const dir = join(extensionDir, 'content-scripts');
  const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
  if (files.length === 0) throw new Error(`no content scripts in ${dir}`);
  let maxGzipKB = 0;
  let largest = '';
  let hasReact = false;
  for (const name of files) {
    const text = readFileSync(join(dir, name));
    const kb = gzipSync(text).length / 1024;
    if (kb > maxGzipKB) [maxGzipKB, largest] = [kb, name];
    const source = text.toString('utf8');
    if (REACT_MARKERS.some((marker) => source.includes(marker))) hasReact = true;
  }
  return { maxGzipKB, largest, hasReact };
}

/**
 * `bundle.backgroundGzipKB`: the Chrome build's background service worker, gzip. The file is the
 * one manifest.json names, so a renamed entry point cannot slip past the budget.
 */
export function measureBackground(extensionDir: string) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const file = manifest.background?.service_worker;
  if (!file) throw new Error(`no background service worker in ${extensionDir}/manifest.json`);
  const bytes = readFileSync(join(extensionDir, file));
  return { file, bytes: bytes.length, gzipKB: gzipSync(bytes).length / 1024 };
}
