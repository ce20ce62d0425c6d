// @vitest-environment node
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Zod's classic build would double a content script (bundle.contentMaxGzipKB): what a content
// script parses is zod/mini (utils/messaging/page-messages.ts). This follows each content entry
// point's whole import graph, as the bundler does, and names every classic Zod module it reaches.
const ROOT = resolve(import.meta.dirname, '../../..');

async function zodModulesOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).filter((path) => path.includes('node_modules/zod/'));
}

describe.each(['entrypoints/facebook.content.ts', 'entrypoints/linkedin.content.ts'])(
  '%s',
  (entry) => {
    it('loads zod/mini and no classic Zod', async () => {
      const zod = await zodModulesOf(entry);
      expect(zod.some((path) => path.startsWith('node_modules/zod/v4/mini/'))).toBe(true);
      expect(
        zod.filter((path) => path.includes('/v4/classic/') || path === 'node_modules/zod/index.js'),
      ).toEqual([]);
    });
  },
);
