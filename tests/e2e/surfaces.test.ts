import { afterEach, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  type ExtensionSession,
} from '../../scripts/lib/browser';
import type { OwnerIdentity } from '../../utils/model/owner';
import { loadFixtureCases } from '../helpers/fixtures';
import { PRODUCTION_BUILD, expectBadge, expectNoStrayRequests } from './helpers';

// One routed page per surface, at its real URL, in the production build: the owners are typed
// into the options page as a user would, and the badge must count exactly the waiting items.
const SURFACE_CASES = [
  'facebook/facebook-post-nothing-answered',
  'facebook/facebook-feed-some-answered',
  'facebook/facebook-messenger-last-message-theirs',
  'linkedin/post-legacy-some-answered',
  'linkedin/feed-sdui-some-answered',
  'linkedin/company-admin-legacy-nothing-answered',
  'linkedin/messaging-nothing-answered',
];
const UNKNOWN_CASE = 'facebook/facebook-post-unrecognised';

const cases = new Map(loadFixtureCases().map((c) => [c.name, c]));

/** A fresh install: the first-run setup, whose second step is the owners form. */
async function addOwnersInOptions(session: ExtensionSession, owners: OwnerIdentity[]) {
  const options = await openExtensionPage(session, 'options.html');
  const setup = options.getByRole('region', { name: 'Set up Svara' });
  await setup.getByLabel('Company name').fill('Fixture company');
  // The setup wants someone to answer as; a Page no fixture's author is, for fixtures with none.
  await setup.getByLabel(/Facebook Page address/).fill('https://www.facebook.com/fixturecompany');
  await setup.getByRole('button', { name: 'Next: who answers' }).click();
  const section = setup.getByRole('region', { name: 'Who answers for the company' });
  for (const owner of owners) {
    await section.getByLabel('Platform').selectOption(owner.platform);
    // The address decides who is an owner; without it a name matches only unlinked authors.
    if (owner.url) await section.getByLabel(/Profile or page address/).fill(owner.url);
    await section.getByLabel('Display name').fill(owner.name);
    await section.getByRole('button', { name: 'Add' }).click();
  }
  await section.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Svara is set up.', { exact: false }).waitFor();
  await options.close();
}

describe('each surface, routed at its real URL', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    if (!session) return;
    expectNoStrayRequests(session);
    await session.close();
    session = undefined;
  });

  it.each(SURFACE_CASES)('%s: the badge counts its waiting items', async (name) => {
    const fixture = cases.get(name);
    expect(fixture, `fixture ${name}`).toBeDefined();
    const { html, expected } = fixture!;
    const url = new URL(expected.url);
    session = await launchWithExtension({
      extensionDir: PRODUCTION_BUILD,
      routes: new Map([[`${url.origin}${url.pathname}`, { body: html }]]),
    });
    await addOwnersInOptions(session, expected.owners);
    const page = await session.context.newPage();
    await page.goto(expected.url);
    const waiting = expected.items.filter((item) => item.waiting).length;
    expect(waiting).toBeGreaterThan(0);
    await expectBadge(session, String(waiting));
  });

  it('an unrecognised page is reported in the popup and side panel, not counted as zero', async () => {
    const { html, expected } = cases.get(UNKNOWN_CASE)!;
    const url = new URL(expected.url);
    session = await launchWithExtension({
      extensionDir: PRODUCTION_BUILD,
      routes: new Map([[`${url.origin}${url.pathname}`, { body: html }]]),
    });
    await addOwnersInOptions(session, expected.owners);
    const page = await session.context.newPage();
    await page.goto(expected.url);
    for (const name of ['popup.html', 'sidepanel.html']) {
      const extensionPage = await openExtensionPage(session, name);
      await expect
        .poll(() => extensionPage.getByRole('alert').textContent(), { timeout: 8_000 })
        .toContain('Detection needs an update on this page');
      // Set up, nothing waiting, and still no good zero beside the alert.
      expect(await extensionPage.getByText(/Well done|Nobody is waiting/).count()).toBe(0);
      expect(await extensionPage.getByTestId('waiting-count').count()).toBe(0);
    }
  });
});
