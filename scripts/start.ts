/**
 * `npm start`: opens Chromium with the demo build of Svara on the bundled Kanelkompaniet post,
 * served at its real-looking facebook.com URL, so everything works without an account.
 * `npm start -- --headless` runs the same demo without a display and prints what the badge and
 * the popup show.
 */
import { resolve } from 'node:path';
import { badgeText, launchWithExtension, openExtensionPage, ROOT } from './lib/browser';
import { DEMO_START_URL, demoRoutesWithEditor } from './demo/routes';
import { waitForDemoPreset } from './demo/preset';

const headlessAsked = process.argv.includes('--headless');
const hasDisplay = !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
if (!headlessAsked && !hasDisplay) {
  console.log('No display found: running the demo headless (pass --headless to say so).');
}
const headless = headlessAsked || !hasDisplay;

const session = await launchWithExtension({
  extensionDir: resolve(ROOT, '.output/chrome-mv3-demo'),
  headless,
  routes: await demoRoutesWithEditor(),
});

// The worker presets the demo identity when it is installed; a page scanned before then would
// own nothing, so wait for the preset first.
await waitForDemoPreset(session);

const page = await session.context.newPage();
await page.goto(DEMO_START_URL);

// Wait until the content script has reported and the badge settled.
let badge = '';
for (let attempt = 0; attempt < 50 && badge === ''; attempt++) {
  await page.waitForTimeout(100);
  badge = await badgeText(session);
}
const popup = await openExtensionPage(session, 'popup.html');
const popupCount = await popup.getByTestId('waiting-count').textContent({ timeout: 5_000 });

console.log(`Demo post: ${DEMO_START_URL}`);
console.log(`Badge: ${badge || '(empty)'}`);
console.log(`Popup waiting count: ${popupCount}`);

if (headless) {
  await session.close();
  process.exit(badge === popupCount ? 0 : 1);
}
await popup.close();
await page.bringToFront();
console.log('Chromium is open with Svara loaded. Close the browser window to stop.');
await new Promise<void>((done) => session.context.on('close', () => done()));
