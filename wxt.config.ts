import { defineConfig } from 'wxt';
import { OPEN_PANEL_CHORD } from './components/keys';
import { PLATFORMS } from './utils/platforms/platforms';

// WXT sets NODE_ENV to the mode, so `--mode demo` would ship React's development build (683 kB
// instead of 475 kB of shared page code, with development-only checks). The demo is a production
// build with demo data preset.
if (process.env.NODE_ENV === 'demo') process.env.NODE_ENV = 'production';

// Manifest facts live here and in each entrypoint's define* call; see DESIGN.md §9 for why the
// permission and host lists are this short.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep each file's dependencies visible and the layer rules checkable.
  imports: false,
  // eld's detector without its bundled n-gram database: the database ships as a packaged file
  // (public/model/eld-extrasmall.json) loaded at run time, so no script carries 1 MB of n-grams.
  alias: { 'eld-detector': 'node_modules/eld/src/languageDetector.js' },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Firefox has no sidePanel permission: WXT turns the side panel into a sidebar_action there.
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Each platform's pages, as its content script matches them (utils/platforms/platforms.ts).
    host_permissions: PLATFORMS.flatMap((platform) => platform.matches),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-panel': {
        suggested_key: { default: OPEN_PANEL_CHORD },
        description: '__MSG_commandOpenPanel__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    browser_specific_settings: {
      gecko: {
        id: 'svara@svara.invalid',
        strict_min_version: '142.0',
        // Nothing leaves the machine.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
