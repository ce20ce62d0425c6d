import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { detectedItemSchema, platformSchema, surfaceSchema } from '../../utils/model/detected-item';
import { ownerIdentitySchema } from '../../utils/model/owner';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');
/** Pages captured on the live sites by others, kept unchanged (tests/fixtures/real/MANIFEST.md). */
export const REAL_FIXTURES_DIR = join(FIXTURES_DIR, 'real');

/**
 * tests/fixtures/<platform>/<surface>-<situation>/expected.json: what the adapter must report for
 * page.html at `url`, with `owners` configured and the clock at `now` (relative times).
 */
export const fixtureExpectationSchema = z.object({
  url: z.string().url(),
  now: z.iso.datetime(),
  owners: z.array(ownerIdentitySchema),
  platform: platformSchema,
  surface: surfaceSchema,
  layout: z.enum(['recognised', 'unknown']),
  /** For unknown layouts: a word the reason must contain. */
  reasonIncludes: z.string().optional(),
  items: z.array(detectedItemSchema).default([]),
});
export type FixtureExpectation = z.infer<typeof fixtureExpectationSchema>;

export interface FixtureCase {
  name: string;
  dir: string;
  html: string;
  expected: FixtureExpectation;
}

export function loadFixtureCases(platform?: string): FixtureCase[] {
  const platforms = platform ? [platform] : readdirSync(FIXTURES_DIR).filter((p) => p !== 'real');
  return platforms.flatMap((p) => {
    const base = join(FIXTURES_DIR, p);
    if (!existsSync(base)) return [];
    return readdirSync(base)
      .filter((name) => existsSync(join(base, name, 'expected.json')))
      .sort()
      .map((name) => {
        const dir = join(base, name);
        return {
          name: `${p}/${name}`,
          dir,
          html: readFileSync(join(dir, 'page.html'), 'utf8'),
          expected: fixtureExpectationSchema.parse(
            JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')),
          ),
        };
      });
  });
}

/** Parses saved markup into a Document of the test environment (happy-dom). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
