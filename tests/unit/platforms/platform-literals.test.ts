/**
 * The lint rule behind "a platform is one folder" (eslint.config.js): outside utils/platforms/,
 * code that names Facebook or LinkedIn by id fails `npm run lint`, and with it `npm test`.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') });

async function platformNamings(code: string, filePath: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => message.line);
}

const NAMINGS = [
  "export const platform = 'linkedin';",
  "export const surface = 'facebook-post';",
  'export const counts = { facebook: 0 };',
  'export const sum = (c: Record<string, number>) => c.linkedin;',
  'export const key = `facebook-${String(1)}`;',
].join('\n');

describe('platform ids outside utils/platforms/', () => {
  it('fail lint in components, utils, entrypoints and wxt.config.ts', async () => {
    for (const file of ['components/Probe.tsx', 'utils/stats/probe.ts', 'entrypoints/probe.ts']) {
      expect(await platformNamings(NAMINGS, file)).toEqual([1, 2, 3, 4, 5]);
    }
    expect(await platformNamings(NAMINGS, 'wxt.config.ts')).toEqual([1, 2, 3, 4, 5]);
  }, 60_000);

  it('pass inside a platform folder, and brand names in UI text pass anywhere', async () => {
    expect(await platformNamings(NAMINGS, 'utils/platforms/facebook/probe.ts')).toEqual([]);
    const text = "export const title = 'Facebook messages: time left to reply';";
    expect(await platformNamings(text, 'components/Probe.tsx')).toEqual([]);
  }, 60_000);
});
