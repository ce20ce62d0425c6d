/**
 * `npm run icons`: renders assets/icon.svg (the toolbar icon's source) to the PNG sizes the
 * manifest uses, public/icon/<size>.png, with Chromium. 16 px comes from assets/icon-16.svg,
 * the same drawing with its dots on whole pixels.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, ROOT } from './lib/browser';

const SIZES = [16, 32, 48, 96, 128] as const;
const sourceFor = (size: number) =>
  readFileSync(resolve(ROOT, size === 16 ? 'assets/icon-16.svg' : 'assets/icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: chromiumPath() });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${sourceFor(size)}`,
    );
    const path = resolve(ROOT, `public/icon/${size}.png`);
    await page.locator('svg').screenshot({ path, omitBackground: true });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
