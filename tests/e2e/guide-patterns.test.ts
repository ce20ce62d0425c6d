import { afterEach, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  type ExtensionSession,
} from '../../scripts/lib/browser';
import { defaultToneGuideInput } from '../../utils/tone/default-guide';
import type { ToneGuideInput } from '../../utils/tone/schema';
import { PRODUCTION_BUILD, expectNoStrayRequests, readStore } from './helpers';

function guideWithPattern(pattern: string) {
  const guide: ToneGuideInput = structuredClone(defaultToneGuideInput);
  guide.escalation ??= [];
  const index = guide.escalation.length;
  guide.escalation.push({
    id: 'pattern',
    patterns: { en: [pattern] },
    action: 'holding',
    handTo: 'The owner',
    guidance: 'Answer with a holding reply.',
  });
  return { file: Buffer.from(JSON.stringify(guide)), path: `escalation[${index}].patterns.en[0]` };
}

// recheck's pure JavaScript build runs in the built options page, under the extension's CSP.
describe('tone-guide patterns in the built options page', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    if (!session) return;
    expectNoStrayRequests(session);
    await session.close();
    session = undefined;
  });

  it('refuses a pattern that backtracks catastrophically and imports a safe one', async () => {
    session = await launchWithExtension({ extensionDir: PRODUCTION_BUILD });
    const options = await openExtensionPage(session, 'options.html');
    const importFile = (file: Buffer) =>
      options
        .locator('input[type="file"][accept=".json,application/json"]')
        .setInputFiles({ name: 'guide.json', mimeType: 'application/json', buffer: file });

    const hostile = guideWithPattern('^(a+)+$');
    await importFile(hostile.file);
    const problems = options.getByTestId('tone-problems');
    await problems.waitFor({ timeout: 30_000 });
    expect(await problems.locator('code').allTextContents()).toEqual([hostile.path]);
    expect(await problems.textContent()).toContain('Can backtrack catastrophically');
    expect(await readStore(options, 'toneGuides')).toHaveLength(0);

    await importFile(guideWithPattern('\\bfood\\s+poison\\w*').file);
    // The editor starts afresh on the new version in force, so the store tells, not a message.
    await expect.poll(() => readStore(options, 'toneGuides'), { timeout: 30_000 }).toHaveLength(1);
  });
});
