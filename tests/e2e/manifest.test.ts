import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_BUILD, PRODUCTION_BUILD } from './helpers';

// The store listing's promises, checked on the built package rather than on the config.
const ALLOWED_PERMISSIONS = ['storage', 'unlimitedStorage', 'sidePanel', 'alarms', 'notifications'];
const PLATFORM_HOST = /^https:\/\/(www|web|business)\.(facebook|messenger|linkedin)\.com\/\*$/;

describe('the built Chrome manifest', () => {
  const manifest = JSON.parse(readFileSync(join(PRODUCTION_BUILD, 'manifest.json'), 'utf8'));

  it('is MV3 with a popup, a side panel and a background service worker', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect(manifest.background.service_worker).toBe('background.js');
  });

  it('asks only for the allowed permissions and the platform hosts, never <all_urls>', () => {
    for (const permission of manifest.permissions)
      expect(ALLOWED_PERMISSIONS).toContain(permission);
    for (const host of manifest.host_permissions) expect(host).toMatch(PLATFORM_HOST);
    for (const script of manifest.content_scripts) {
      for (const match of script.matches) expect(match).toMatch(PLATFORM_HOST);
    }
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('runs only its own code: a strict content security policy', () => {
    expect(manifest.content_security_policy.extension_pages).toBe(
      "script-src 'self'; object-src 'self'",
    );
  });

  it('ships the toolbar icon from 16 to 128 px, each PNG drawn at its own size', () => {
    const sizes = [16, 32, 48, 96, 128];
    expect(Object.keys(manifest.icons).map(Number)).toEqual(sizes);
    for (const size of sizes) {
      const png = readFileSync(join(PRODUCTION_BUILD, manifest.icons[size]));
      // The PNG signature, then the IHDR chunk's width and height.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('is localised in English, Swedish, Danish and Norwegian', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    for (const locale of ['en', 'sv', 'da', 'nb']) {
      const messages = JSON.parse(
        readFileSync(join(PRODUCTION_BUILD, '_locales', locale, 'messages.json'), 'utf8'),
      );
      expect(messages.extName.message).toBe('Svara');
      expect(messages.extDescription.message.length).toBeGreaterThan(20);
    }
  });
});

describe('the built extension pages', () => {
  // Both React builds carry the element symbol; only the development build has its warnings.
  const REACT = 'react.transitional.element';
  const REACT_DEVELOPMENT = 'should have a unique "key" prop';

  it.each([
    ['production', PRODUCTION_BUILD],
    ['demo', DEMO_BUILD],
  ])('ship React’s production build (%s)', (_name, build) => {
    const chunks = readdirSync(join(build, 'chunks'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(build, 'chunks', file), 'utf8'));
    expect(chunks.some((code) => code.includes(REACT))).toBe(true);
    expect(chunks.filter((code) => code.includes(REACT_DEVELOPMENT))).toEqual([]);
  });
});

describe('the built popup', () => {
  // What the count must not wait for: Dexie, the record schemas (Zod) and the waiting summary
  // (which reads every waiting item and counts its crises). The live popup loads them lazily.
  const LIVE_ONLY = { Dexie: 'Dexie', Zod: 'ZodError', 'waiting summary': 'humanAgentClosesAt' };

  it.each([
    ['production', PRODUCTION_BUILD],
    ['demo', DEMO_BUILD],
  ])(
    'keeps Dexie, Zod and the waiting summary out of what the count waits for (%s)',
    (_n, build) => {
      const html = readFileSync(join(build, 'popup.html'), 'utf8');
      const firstChunks = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map(
        ([, path]) => readFileSync(join(build, path!), 'utf8'),
      );
      expect(firstChunks.length).toBeGreaterThan(0);
      const allChunks = readdirSync(join(build, 'chunks')).map((file) =>
        readFileSync(join(build, 'chunks', file), 'utf8'),
      );
      for (const [what, marker] of Object.entries(LIVE_ONLY)) {
        expect(
          allChunks.some((code) => code.includes(marker)),
          `${what} is built`,
        ).toBe(true);
        expect(
          firstChunks.filter((code) => code.includes(marker)),
          `${what} waits`,
        ).toEqual([]);
      }
    },
  );
});
