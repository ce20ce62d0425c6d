import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from '../utils/platforms/facebook/adapter';
import { facebookPlatform } from '../utils/platforms/facebook/platform';
import { runContentScript } from '../utils/scan/content-main';

export default defineContentScript({
  matches: [...facebookPlatform.matches],
  runAt: 'document_idle',
  // WXT would otherwise post the extension's id to the page on every start.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, facebookAdapter),
});
