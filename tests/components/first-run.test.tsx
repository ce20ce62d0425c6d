import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as OptionsApp } from '../../entrypoints/options/App';
import { App as PopupApp, readFirstCounts } from '../../entrypoints/popup/App';
import { App as SidePanelApp } from '../../entrypoints/sidepanel/App';
import { PAGE_HEALTH_KEY } from '../../utils/background/page-health';
import { STORAGE_PROBLEM_KEY } from '../../utils/background/storage-problem';
import { db } from '../../utils/db/database';
import { getSettings, saveSettings } from '../../utils/db/settings';
import { activeToneGuide } from '../../utils/db/tone-guides';
import { defaultSettings } from '../../utils/model/settings';
import type { UiLocale } from '../../utils/i18n/translate';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { openInWindow, renderPage } from '../helpers/pages';
import { storedItem } from './fixtures';

/** The innermost element whose text matches, across the <bdi> that isolates a name. */
const textOfOneElement = (pattern: RegExp) => (_: string, element: Element | null) =>
  !!element &&
  pattern.test(element.textContent ?? '') &&
  [...element.children].every((child) => !pattern.test(child.textContent ?? ''));

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../utils/messaging/protocol', () => ({ sendMessage }));

const SET_UP = {
  ...defaultSettings,
  owners: [{ platform: 'facebook' as const, name: 'Norrsken AB', source: 'options' as const }],
};

const unknownPage = {
  '3': {
    tabId: 3,
    url: 'https://www.facebook.com/norrsken/posts/1',
    surface: 'facebook-post',
    layout: 'unknown',
    reason: 'no comment list',
    scannedAt: '2026-11-20T10:00:00.000Z',
  },
};

/** Each page as its entry point mounts it. */
const renderPopup = (locale?: UiLocale) =>
  renderPage(<PopupApp storedCounts={readFirstCounts()} />, locale);
const renderPanel = () => renderPage(<SidePanelApp />);
/** The options page, and its first-run setup section once settings are read. */
async function renderOptions() {
  const page = renderPage(<OptionsApp />);
  const setup = within(await screen.findByRole('region', { name: 'Set up Svara' }));
  return { ...page, setup };
}

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage.mockReset().mockResolvedValue(undefined);
  openInWindow(1);
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => vi.restoreAllMocks());

describe('a fresh install', () => {
  it('popup: says “Set up Svara” with a button to the setup, never a good zero', async () => {
    const user = userEvent.setup({ delay: null });
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    const { container } = renderPopup();
    const button = await screen.findByRole('button', { name: 'Set up Svara' });
    await expectNoSeriousA11yViolations(container);
    expect(screen.getByRole('heading', { name: 'Svara is not set up yet' })).toBeTruthy();
    expect(screen.queryByText(/Well done/)).toBeNull();
    expect(screen.queryByTestId('waiting-count')).toBeNull();
    await user.click(button);
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('popup: the first fast count shows no good zero before the settings are read', async () => {
    renderPopup();
    // Synchronously, before any live query has answered.
    expect(screen.queryByText(/Well done/)).toBeNull();
    expect(screen.queryByTestId('waiting-count')).toBeNull();
    await screen.findByRole('button', { name: 'Set up Svara' });
  });

  it.each([
    ['sv', 'Konfigurera Svara'],
    ['da', 'Sæt Svara op'],
    ['nb', 'Sett opp Svara'],
  ] as const)('popup in %s: the prompt in the UI language', async (locale, button) => {
    renderPopup(locale);
    expect(await screen.findByRole('button', { name: button })).toBeTruthy();
  });

  it('side panel: the setup prompt instead of the queue', async () => {
    renderPanel();
    expect(await screen.findByRole('button', { name: 'Set up Svara' })).toBeTruthy();
    expect(screen.queryByText('Nobody is waiting for an answer.')).toBeNull();
  });
});

describe('the first-run setup', () => {
  it('writes the owners and a starter guide in the company’s name, with no café in it', async () => {
    const user = userEvent.setup({ delay: null });
    const { container, setup } = await renderOptions();
    await user.type(await setup.findByRole('textbox', { name: 'Company name' }), 'Norrsken AB');
    await expectNoSeriousA11yViolations(container);
    await user.type(
      setup.getByRole('textbox', { name: 'Facebook Page address (optional)' }),
      'https://www.facebook.com/norrskenab',
    );
    await user.type(
      setup.getByRole('textbox', { name: 'LinkedIn Page address (optional)' }),
      'https://www.linkedin.com/company/norrsken-ab/',
    );
    await user.clear(setup.getByRole('spinbutton', { name: 'Target response time (minutes)' }));
    await user.type(
      setup.getByRole('spinbutton', { name: 'Target response time (minutes)' }),
      '30',
    );
    await user.click(setup.getByRole('checkbox', { name: 'Danish' }));
    await user.click(setup.getByRole('button', { name: 'Next: who answers' }));

    // The owners form, with the company's pages already in it.
    expect(await setup.findByText(textOfOneElement(/Facebook: Norrsken AB/))).toBeTruthy();
    expect(setup.getByText(textOfOneElement(/LinkedIn: Norrsken AB/))).toBeTruthy();
    await user.type(setup.getByRole('textbox', { name: /Your name/ }), 'Eva');
    await user.click(setup.getByRole('button', { name: 'Save' }));
    const done = await screen.findByText(
      'Svara is set up. Your starter guide is in the tone guide below.',
    );
    expect(done.getAttribute('role')).toBe('status');

    const settings = await getSettings(db);
    expect(settings.owners.map(({ platform, name }) => [platform, name])).toEqual([
      ['facebook', 'Norrsken AB'],
      ['linkedin', 'Norrsken AB'],
    ]);
    expect(settings.owners.every((owner) => owner.url)).toBe(true);
    expect(settings).toMatchObject({ agentName: 'Eva', targetMinutes: 30 });

    const guide = await activeToneGuide(db);
    expect(guide.name).toBe('Norrsken AB');
    expect(guide.languages.supported).toEqual(['en', 'sv', 'nb']);
    expect(guide.templates.some((template) => template.text.includes('Norrsken AB'))).toBe(true);
    expect(JSON.stringify(guide)).not.toMatch(/kanelkompaniet/i);
    expect(sendMessage).toHaveBeenCalledWith('ui/settings-changed', undefined);
  });

  it('saves nothing until someone answers for the company', async () => {
    const user = userEvent.setup({ delay: null });
    const { setup } = await renderOptions();
    await user.type(await setup.findByRole('textbox', { name: 'Company name' }), 'Norrsken AB');
    await user.click(setup.getByRole('button', { name: 'Next: who answers' }));
    await user.click(await setup.findByRole('button', { name: 'Save' }));
    const status = await setup.findByRole('status');
    expect(status.textContent).toBe(
      'Could not save: add at least one Page or profile the company answers as',
    );
    // The form's own refusal is said in full: no technical details to fold away.
    expect(status.querySelector('details')).toBeNull();
    expect(await db.toneGuides.count()).toBe(0);
    expect((await getSettings(db)).owners).toEqual([]);
  });

  it('refuses a name that would read as a template variable', async () => {
    const user = userEvent.setup({ delay: null });
    const { setup } = await renderOptions();
    await user.type(
      await setup.findByRole('textbox', { name: 'Company name' }),
      'Norrsken {{firstName}',
    );
    await user.click(setup.getByRole('button', { name: 'Next: who answers' }));
    expect((await setup.findByRole('alert')).textContent).toBe(
      'Enter the company’s name, without { } or [[ ]].',
    );
  });
});

describe('an unrecognised page', () => {
  beforeEach(async () => {
    await saveSettings(db, SET_UP);
    await fakeBrowser.storage.session.set({ [PAGE_HEALTH_KEY]: unknownPage });
  });

  it('popup: the alert and no good zero beside it', async () => {
    renderPopup();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Detection needs an update on this page',
    );
    // Let the live queries settle before asserting what is not shown.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByText(/Well done/)).toBeNull();
    expect(screen.queryByTestId('waiting-count')).toBeNull();
  });

  it('popup: a count above zero is still shown beside the alert', async () => {
    await db.items.put(storedItem({ key: 'fb:1' }));
    renderPopup();
    expect(await screen.findByRole('alert')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('waiting-count').textContent).toBe('1'));
  });

  it('side panel: the alert, and no empty queue saying nobody is waiting', async () => {
    renderPanel();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Detection needs an update on this page',
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByText('Nobody is waiting for an answer.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Set up Svara' })).toBeNull();
  });
});

describe('a full storage', () => {
  beforeEach(async () => {
    await saveSettings(db, SET_UP);
    await fakeBrowser.storage.session.set({
      [STORAGE_PROBLEM_KEY]: { reason: 'quota', since: '2026-11-20T10:00:00.000Z' },
    });
  });

  it('popup: the alert and no good zero beside it', async () => {
    renderPopup();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Svara cannot save: your browser’s storage is full.',
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByText(/Well done/)).toBeNull();
    expect(screen.queryByTestId('waiting-count')).toBeNull();
  });

  it('side panel: the alert, and no empty queue saying nobody is waiting', async () => {
    renderPanel();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Svara cannot save: your browser’s storage is full.',
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByText('Nobody is waiting for an answer.')).toBeNull();
  });
});

describe('set up and all well', () => {
  it('popup and panel show the good zero', async () => {
    await saveSettings(db, SET_UP);
    renderPopup();
    expect(await screen.findByText('Nobody is waiting. Well done.')).toBeTruthy();
    renderPanel();
    expect(await screen.findByText('Nobody is waiting for an answer.')).toBeTruthy();
  });
});
