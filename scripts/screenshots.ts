/**
 * `npm run screenshots`: the demo build of Svara on the bundled Kanelkompaniet post, and PNGs of
 * what a person sees — popup, side panel (queue and an opened item) and options — at side-panel
 * width (400 px) and desktop width (1280 px), in English and Swedish, in .output/screenshots/.
 * `-- --readme` also refreshes the two the README shows (docs/screenshots/).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { badgeText, launchWithExtension, openExtensionPage, ROOT } from './lib/browser';
import { waitForDemoPreset } from './demo/preset';
import { DEMO_START_URL, demoRoutesWithEditor } from './demo/routes';

const OUT = resolve(ROOT, '.output/screenshots');
const README_DIR = resolve(ROOT, 'docs/screenshots');
const README_SHOTS = ['sidepanel-item-en-400.png', 'popup-en-400.png'];
const LOCALES = { en: 'en-US', sv: 'sv-SE' } as const;
const WIDTHS = [400, 1280] as const;

mkdirSync(OUT, { recursive: true });
const written: string[] = [];

for (const [language, locale] of Object.entries(LOCALES)) {
  const session = await launchWithExtension({
    extensionDir: resolve(ROOT, '.output/chrome-mv3-demo'),
    routes: await demoRoutesWithEditor(),
    locale,
  });
  try {
    await waitForDemoPreset(session);
    const post = await session.context.newPage();
    await post.goto(DEMO_START_URL);
    for (let attempt = 0; attempt < 50 && (await badgeText(session)) === ''; attempt++) {
      await post.waitForTimeout(100);
    }
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByTestId('waiting-count').waitFor();
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.getByTestId('waiting-item').first().waitFor();
    const options = await openExtensionPage(session, 'options.html');
    await options.locator('main, #root > *').first().waitFor();

    const shoot = async (page: Page, name: string, width: number) => {
      await page.setViewportSize({ width, height: name === 'popup' ? 600 : 900 });
      const file = join(OUT, `${name}-${language}-${width}.png`);
      await page.screenshot({ path: file, fullPage: name !== 'popup' });
      written.push(file);
    };
    for (const width of WIDTHS) {
      await shoot(popup, 'popup', width);
      await shoot(panel, 'sidepanel-queue', width);
      await shoot(options, 'options', width);
    }
    await panel.getByTestId('waiting-item').first().locator('.author').click();
    await panel.getByRole('textbox').first().waitFor();
    for (const width of WIDTHS) await shoot(panel, 'sidepanel-item', width);
  } finally {
    await session.close();
  }
}

if (process.argv.includes('--readme')) {
  mkdirSync(README_DIR, { recursive: true });
  for (const name of README_SHOTS) copyFileSync(join(OUT, name), join(README_DIR, name));
}
console.log(written.map((file) => `wrote ${file}`).join('\n'));
