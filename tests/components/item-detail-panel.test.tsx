import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../utils/db/database';
import { saveSettings } from '../../utils/db/settings';
import { saveToneGuide } from '../../utils/db/tone-guides';
import { settingsSchema } from '../../utils/model/settings';
import { defaultToneGuide } from '../../utils/tone/default-guide';
import { ItemDetailPanel } from '../../entrypoints/sidepanel/ItemDetailPanel';
import { renderWithLocale } from '../helpers/render';
import { storedItem } from './fixtures';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../utils/messaging/protocol', () => ({ sendMessage }));

const astrid = storedItem({
  key: 'facebook:comment:1',
  threadKey: 'facebook:post:1',
  author: { name: 'Astrid Lundgren' },
  text: 'Hej! Har ni öppet på söndag?',
});

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage.mockReset().mockResolvedValue({ ok: true });
  writeText.mockReset().mockResolvedValue(undefined);
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveSettings(
    db,
    settingsSchema.parse({
      agentName: 'Eva',
      owners: [
        { platform: 'linkedin', name: 'Kanelkompaniet AB' },
        { platform: 'facebook', name: 'Kanelkompaniet' },
      ],
    }),
  );
  await db.items.put(astrid);
});

describe('the connected item detail', () => {
  it('notes the suggestion, sends the fill to the tab and copies the text', async () => {
    const user = userEvent.setup({ delay: null });
    // After setup, which installs its own clipboard stub.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithLocale(<ItemDetailPanel item={astrid} />);
    const suggestion = (await screen.findAllByTestId('suggestion'))[0];
    expect(suggestion.dataset.templateId).toBe('sv-hours');
    const text = suggestion.querySelector('.suggestion-text')!.textContent!;

    await user.click(screen.getByRole('button', { name: 'Fill reply box' }));
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith('ui/fill', {
        key: astrid.key,
        threadKey: astrid.threadKey,
        text,
      }),
    );
    expect(writeText).toHaveBeenCalledWith(text);
    expect((await db.items.get(astrid.key))?.pendingSuggestion).toMatchObject({
      templateId: 'sv-hours',
      suggestedText: text,
      agent: 'Eva',
    });
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it('notes nothing for a reply typed from scratch, and still fills it', async () => {
    const legal = storedItem({ key: 'facebook:comment:2', text: 'Jag ska kontakta min advokat' });
    await db.items.put(legal);
    const user = userEvent.setup({ delay: null });
    renderWithLocale(<ItemDetailPanel item={legal} />);
    await screen.findByTestId('escalation');
    await user.type(screen.getByRole('textbox', { name: 'Your reply' }), 'Hej! Vi hör av oss.');
    await user.click(screen.getByRole('button', { name: 'Fill reply box' }));
    await waitFor(() => expect(sendMessage).toHaveBeenCalled());
    expect((await db.items.get(legal.key))?.pendingSuggestion).toBeUndefined();
  });

  it('follows the active tone guide live', async () => {
    renderWithLocale(<ItemDetailPanel item={astrid} />);
    await screen.findAllByTestId('suggestion');
    const onlyOne = {
      ...defaultToneGuide,
      templates: defaultToneGuide.templates.filter((t) => t.id === 'sv-allergy'),
    };
    await saveToneGuide(db, onlyOne, 'editor');
    await waitFor(() =>
      expect(screen.getAllByTestId('suggestion').map((s) => s.dataset.templateId)).toEqual([
        'sv-allergy',
      ]),
    );
  });

  it('fills in the page name and agent name from the settings', async () => {
    const guide = {
      ...defaultToneGuide,
      templates: [
        ...defaultToneGuide.templates.filter((t) => t.id !== 'sv-hours'),
        {
          ...defaultToneGuide.templates.find((t) => t.id === 'sv-hours')!,
          text: 'Hej {firstName|där}! Vi på {pageName} har öppet 9–17. /{agentName}',
          variables: ['firstName', 'pageName', 'agentName'] as const,
        },
      ],
    };
    await saveToneGuide(db, guide, 'editor');
    renderWithLocale(<ItemDetailPanel item={astrid} />);
    await waitFor(() =>
      expect(
        screen
          .getAllByTestId('suggestion')
          .map((s) => s.querySelector('.suggestion-text')!.textContent),
      ).toContain('Hej Astrid! Vi på Kanelkompaniet har öppet 9–17. /Eva'),
    );
  });

  it('names a language outside the guide, offers the default language and fills nothing in', async () => {
    const german = storedItem({
      key: 'facebook:comment:3',
      text: 'Guten Tag, haben Sie am Sonntag geöffnet? Wir kommen mit der Familie.',
    });
    await db.items.put(german);
    renderWithLocale(<ItemDetailPanel item={german} />);
    const note = await screen.findByTestId('language-not-in-guide');
    expect(note.textContent).toMatch(
      /^German — not in your tone guide\. The replies below are in Swedish/,
    );
    expect(screen.getByTestId('item-language').dataset.language).toBe('de');
    expect((screen.getByRole('textbox', { name: 'Your reply' }) as HTMLTextAreaElement).value).toBe(
      '',
    );
  });

  it('learns from a person who files the message under another intent, in this browser only', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithLocale(<ItemDetailPanel item={astrid} />);
    await screen.findAllByTestId('suggestion');
    const select = screen.getByLabelText('Not right? File it as') as HTMLSelectElement;
    expect(select.value).toBe('question');
    await user.selectOptions(select, 'lead');
    await waitFor(async () =>
      expect(await db.exemplars.toArray()).toMatchObject([
        { itemKey: astrid.key, intent: 'lead', escalate: false },
      ]),
    );
    // The message itself now reads as what the person said, with the reason shown.
    await waitFor(() => expect(select.value).toBe('lead'));
    expect(screen.getByTestId('understanding-reasons').textContent).toMatch(
      /Like a message you answered as Sales lead on/,
    );
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('escalates by hand: no template is offered any more', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithLocale(<ItemDetailPanel item={astrid} />);
    await screen.findAllByTestId('suggestion');
    await user.click(screen.getByTestId('escalate-by-hand'));
    expect(await screen.findByTestId('escalation')).toBeTruthy();
    expect(screen.queryAllByTestId('suggestion')).toHaveLength(0);
    expect(await db.exemplars.count()).toBe(1);
  });
});
