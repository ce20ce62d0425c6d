import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedinAdapter } from '../utils/platforms/linkedin/adapter';
import { linkedinPlatform } from '../utils/platforms/linkedin/platform';
import { runContentScript } from '../utils/scan/content-main';

export default defineContentScript({
  matches: [...linkedinPlatform.matches],
  runAt: 'document_idle',
  // WXT would otherwise post the extension's id to the page on every start.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, linkedinAdapter),
});
