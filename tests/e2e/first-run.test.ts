import { afterEach, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  type ExtensionSession,
} from '../../scripts/lib/browser';
import { PRODUCTION_BUILD, expectBadge } from './helpers';

// A fresh production install, before anything is set up: every surface asks for the setup and
// none shows a count as a good zero.
describe('a fresh install of the production build', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('badge, popup and side panel ask for the setup, never "Well done"', async () => {
    session = await launchWithExtension({ extensionDir: PRODUCTION_BUILD });
    await expectBadge(session, '+');

    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByRole('button', { name: 'Set up Svara' }).waitFor();
    expect(await popup.getByText(/Well done/).count()).toBe(0);
    expect(await popup.getByTestId('waiting-count').count()).toBe(0);

    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.getByRole('button', { name: 'Set up Svara' }).waitFor();
    expect(await panel.getByText('Nobody is waiting for an answer.').count()).toBe(0);
    expect(await panel.getByTestId('waiting-item').count()).toBe(0);

    // The popup's button leads to the setup on the options page.
    const opened = session.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Set up Svara' }).click();
    const options = await opened;
    await options.getByRole('region', { name: 'Set up Svara' }).waitFor();
    expect(options.url()).toContain('options.html');
  });
});
