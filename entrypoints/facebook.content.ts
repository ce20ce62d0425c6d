import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from '../utils/platforms/facebook/adapter';
import { runContentScript } from '../utils/scan/content-main';

export default defineContentScript({
  matches: [
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://business.facebook.com/*',
    'https://www.messenger.com/*',
  ],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, facebookAdapter),
});
