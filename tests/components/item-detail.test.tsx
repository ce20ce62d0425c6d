import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ItemDetail } from '../../components/ItemDetail';
import { Queue } from '../../components/Queue';
import type { FillResult } from '../../utils/messaging/schemas';
import type { UiLocale } from '../../utils/i18n/translate';
import type { Item } from '../../utils/model/item';
import { defaultToneGuide } from '../../utils/tone/default-guide';
import { guideTextIn, type LanguageCode, type ToneGuide } from '../../utils/tone/schema';
import { suggestForItem, surfaceOfItem } from '../../entrypoints/sidepanel/ItemDetailPanel';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';
import { NOW, storedItem } from './fixtures';
import { nodeModels } from '../../scripts/train/node-models';

const models = nodeModels();

type Fill = (text: string, templateId?: string) => Promise<FillResult>;

/** ItemDetail with suggestions computed as the connected panel does, and a language switch. */
function DetailUnderTest({
  item,
  guide = defaultToneGuide,
  onFill,
  onCopy,
}: {
  item: Item;
  guide?: ToneGuide;
  onFill: Fill;
  onCopy: (text: string) => Promise<void>;
}) {
  const [language, setLanguage] = useState<LanguageCode>();
  const { detected, result } = suggestForItem(item, guide, models, {
    language,
    agentName: 'Eva',
    pageName: 'Kanelkompaniet',
  });
  return (
    <ItemDetail
      item={item}
      result={result}
      detectedLanguage={detected.templateLanguage}
      guide={guide}
      surface={surfaceOfItem(item)}
      onLanguageChange={setLanguage}
      onFill={onFill}
      onCopy={onCopy}
    />
  );
}

function renderDetail(
  item: Item,
  options: { fill?: FillResult; locale?: UiLocale; guide?: ToneGuide } = {},
) {
  const onFill = vi.fn<Fill>().mockResolvedValue(options.fill ?? { ok: true });
  const onCopy = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
  const view = renderWithLocale(
    <DetailUnderTest item={item} guide={options.guide} onFill={onFill} onCopy={onCopy} />,
    options.locale ?? 'en',
  );
  return { ...view, onFill, onCopy, user: userEvent.setup({ delay: null }) };
}

const astrid = storedItem({
  key: 'facebook:comment:1',
  author: { name: 'Astrid Lundgren' },
  text: 'Hej! Har ni öppet på söndag?',
});
const suggestions = () => screen.queryAllByTestId('suggestion');
const editor = () => screen.getByRole('textbox', { name: 'Your reply' }) as HTMLTextAreaElement;

describe('the detail of a waiting item', () => {
  it('answers a Swedish question with Swedish suggestions, reasons and tone findings', async () => {
    const { container } = renderDetail(astrid);
    expect(screen.getByTestId('item-text').textContent).toBe('Hej! Har ni öppet på söndag?');
    expect(screen.getByRole('heading', { name: 'Reply to Astrid Lundgren' })).toBeTruthy();
    expect(screen.getByTestId('item-language').textContent).toBe('Language: Swedish');
    expect(screen.getByTestId('item-intents').textContent).toMatch(
      /^What they want: Question \d+ %$/,
    );

    const shown = suggestions();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(3);
    expect(shown[0].dataset.templateId).toBe('sv-hours');
    for (const suggestion of shown) {
      expect(suggestion.dataset.templateId).toMatch(/^sv-/);
      expect(within(suggestion).getByText(/^Hej Astrid!/)).toBeTruthy();
      expect(within(suggestion).getByText('Why this one')).toBeTruthy();
      expect(within(suggestion).getAllByRole('listitem').length).toBeGreaterThan(0);
      expect(within(suggestion).getByText('No tone problems found.')).toBeTruthy();
    }
    // The editor starts with the top suggestion, ready to fill.
    expect(editor().value).toMatch(/^Hej Astrid! Öppettiderna/);
    await expectNoSeriousA11yViolations(container);
  });

  it('starts with an empty editor when unsure what the message wants, and f does nothing', async () => {
    const { user, onFill } = renderDetail(
      storedItem({ key: 'facebook:comment:3', text: 'Jag har en fråga' }),
    );
    expect(suggestions().length).toBeGreaterThan(0);
    expect(editor().value).toBe('');
    expect(
      (screen.getByRole('button', { name: 'Fill reply box' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await user.keyboard('f');
    expect(onFill).not.toHaveBeenCalled();
    // No bare greeting among the suggestions.
    expect(suggestions().map((s) => s.dataset.templateId)).not.toContain('sv-question');
    await user.keyboard('1');
    expect(editor().value).toBe(suggestions()[0].querySelector('.suggestion-text')!.textContent);
  });

  it('renders page text as text, never as HTML', () => {
    renderDetail(storedItem({ key: 'x', text: '<img src=x onerror=alert(1)> Har ni öppet?' }));
    expect(screen.getByTestId('item-text').textContent).toBe(
      '<img src=x onerror=alert(1)> Har ni öppet?',
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('checks the tone live as the reply is edited, with level, message and span', async () => {
    const { user } = renderDetail(astrid);
    await user.click(screen.getByRole('button', { name: 'Use suggestion 2' }));
    expect(editor().value).toBe(suggestions()[1].querySelector('.suggestion-text')!.textContent);
    const live = screen.getByTestId('live-findings');
    expect(within(live).queryAllByTestId('finding')).toHaveLength(0);

    await user.clear(editor());
    await user.type(editor(), 'Hej Astrid! Kontakta kanelkompaniet, ni!!!');
    const findings = within(live).getAllByTestId('finding');
    // The two marks past the limit are one finding that says how often.
    expect(findings.map((f) => [f.dataset.ruleId, f.dataset.level, f.dataset.count])).toEqual([
      ['brand.spelling', 'error', '1'],
      ['address.form', 'warning', '1'],
      ['exclamation.limit', 'warning', '2'],
    ]);
    expect(findings[2].textContent).toBe('Warning: At most 2 exclamation marks. (2 times) !');
    expect(findings[0].textContent).toBe('Error: Spelled Kanelkompaniet. kanelkompaniet');
    expect(findings[0].querySelector('.span')!.textContent).toBe('kanelkompaniet');
    expect(findings[1].textContent).toBe('Warning: Address the reader as "du", not "ni". ni');

    // Fixing the text clears the findings as you type.
    await user.clear(editor());
    await user.type(editor(), 'Hej Astrid! Välkommen till Kanelkompaniet.');
    expect(within(live).queryAllByTestId('finding')).toHaveLength(0);
  });

  it('groups a repeated finding into one entry with its count and words, in the UI language', async () => {
    const { user } = renderDetail(astrid, { locale: 'sv' });
    const reply = screen.getByRole('textbox', { name: 'Ditt svar' });
    await user.clear(reply);
    // Three emoji off the guide's list, two past its maximum of one: five findings, two entries.
    await user.type(reply, 'Hej Astrid! Välkommen 🤑 🤑 🍕');
    const findings = within(screen.getByTestId('live-findings')).getAllByTestId('finding');
    expect(findings.map((f) => [f.dataset.ruleId, f.dataset.count])).toEqual([
      ['emoji.not-allowed', '3'],
      ['emoji.too-many', '2'],
    ]);
    expect(findings[0].textContent).toBe(
      'Varning: Använd bara de här emojierna: ☕ 🥐 💛 🙂 😊 🎉 🌿. (3 gånger) 🤑🍕',
    );
    expect([...findings[0].querySelectorAll('q')].map((q) => q.textContent)).toEqual(['🤑', '🍕']);
  });

  it('flags a reply that asks for a personal identity number, in the UI language', async () => {
    const { user } = renderDetail(astrid, { locale: 'da' });
    const reply = screen.getByRole('textbox', { name: 'Dit svar' });
    await user.clear(reply);
    await user.type(reply, 'Hej Astrid! Skicka ditt personnummer så kollar vi.');
    const [finding] = within(screen.getByTestId('live-findings'))
      .getAllByTestId('finding')
      .filter((f) => f.dataset.ruleId === 'sensitive.id-number');
    expect(finding.dataset.level).toBe('error');
    expect(finding.textContent).toMatch(/^Fejl: Bed aldrig om et CPR-nummer i et svar/);
  });

  it('hands a legal threat to a person with the guide’s guidance and suggests nothing', () => {
    renderDetail(
      storedItem({
        key: 'x',
        text: 'Jag kommer att anmäla er till Livsmedelsverket och min advokat',
      }),
    );
    const notice = screen.getByTestId('escalation');
    const rule = defaultToneGuide.escalation.find((r) => r.id === 'legal')!;
    expect(
      within(notice).getByText(`Hand this to ${guideTextIn(rule.handTo, ['en'])}`),
    ).toBeTruthy();
    expect(within(notice).getByText(guideTextIn(rule.guidance, ['en']))).toBeTruthy();
    expect(suggestions()).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Suggested replies' })).toBeNull();
    expect(editor().value).toBe('');
    expect(screen.getByRole('button', { name: 'Fill reply box' })).toHaveProperty('disabled', true);
  });

  it('flags spam', () => {
    renderDetail(storedItem({ key: 'x', text: 'Köp billiga followers här http://spam.example' }));
    expect(screen.getByTestId('spam-flag')).toBeTruthy();
  });

  it('switches the language with one click and ranks that language’s templates', async () => {
    const mads = storedItem({
      key: 'x',
      author: { name: 'Mads Kristensen' },
      text: 'Har I glutenfri kanelsnegle i butikken på Strøget?',
    });
    const { user } = renderDetail(mads);
    expect(screen.getByTestId('item-language').textContent).toBe('Language: Danish');
    // Templates of the message's intent only, and no stub that only greets (da-question).
    expect(suggestions().map((s) => s.dataset.templateId)).toEqual(['da-allergy', 'da-hours']);
    const danish = screen.getByRole('button', { name: 'Danish' });
    expect(danish.getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Swedish' }));
    expect(screen.getByTestId('item-language').textContent).toBe(
      'Language: Swedish (your choice; detected Danish)',
    );
    const swedish = suggestions().map((s) => s.dataset.templateId);
    expect(swedish.length).toBeGreaterThan(0);
    expect(swedish.every((id) => id!.startsWith('sv-'))).toBe(true);
    expect(swedish[0]).toBe('sv-allergy');
    // The untouched editor follows the new language.
    expect(editor().value).toMatch(/^Hej Mads! Vi har alltid glutenfria/);
  });

  it('fills the chosen suggestion, says so, and passes its template id', async () => {
    const { user, onFill } = renderDetail(astrid);
    await user.click(screen.getByRole('button', { name: 'Use suggestion 1' }));
    await user.click(screen.getByRole('button', { name: 'Fill reply box' }));
    expect(onFill).toHaveBeenCalledWith(editor().value, 'sv-hours');
    expect((await screen.findByRole('status')).textContent).toBe(
      'The reply is in the reply box and on your clipboard. Read it through and press send yourself.',
    );
  });

  it.each([
    ['reply-box-not-open', 'comment', 'Open the reply box under this comment first.'],
    ['reply-box-not-open', 'dm', 'Open the message box of this conversation first.'],
    ['no-tab', 'comment', 'No open tab shows this item. Open its page and try again.'],
    [
      'item-not-on-page',
      'comment',
      'This item is not on the open page. Open its post or conversation first.',
    ],
    [
      'editor-rejected',
      'comment',
      'The reply box did not accept the text. It is on your clipboard: paste it there instead.',
    ],
  ] as const)('explains a failed fill (%s, %s)', async (reason, kind, message) => {
    const { user } = renderDetail(storedItem({ ...astrid, kind }), { fill: { ok: false, reason } });
    await user.click(screen.getByRole('button', { name: 'Fill reply box' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });

  it('explains a failed fill in Swedish', async () => {
    const { user } = renderDetail(astrid, {
      locale: 'sv',
      fill: { ok: false, reason: 'reply-box-not-open' },
    });
    await user.click(screen.getByRole('button', { name: 'Fyll i svarsrutan' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Öppna svarsrutan under den här kommentaren först.',
    );
  });

  it('passes an edited suggestion on with its template id, and a typed reply without one', async () => {
    const { user, onFill } = renderDetail(astrid);
    await user.type(editor(), ' Välkommen!');
    await user.click(screen.getByRole('button', { name: 'Fill reply box' }));
    expect(onFill).toHaveBeenLastCalledWith(expect.stringMatching(/ Välkommen!$/), 'sv-hours');

    const typed = renderDetail(storedItem({ key: 'legal', text: 'Jag ska kontakta min advokat' }));
    const editors = screen.getAllByRole('textbox', { name: 'Your reply' });
    await typed.user.type(editors[1], 'Hej! Vi återkommer.');
    await typed.user.click(screen.getAllByRole('button', { name: 'Fill reply box' })[1]);
    expect(typed.onFill).toHaveBeenCalledWith('Hej! Vi återkommer.', undefined);
  });

  it('copies the reply to the clipboard', async () => {
    const { user, onCopy } = renderDetail(astrid);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(onCopy).toHaveBeenCalledWith(editor().value);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Copied to the clipboard.'),
    );
  });

  it('says a collapsed reply must be opened on the page to be read', () => {
    renderDetail(storedItem({ key: 'x', collapsed: true, text: '' }));
    expect(
      screen.getByText(
        'This reply is hidden on the page. Open the replies there to read it before you answer.',
      ),
    ).toBeTruthy();
    expect(suggestions()).toHaveLength(0);
  });

  it('says when the stored message is only the beginning of a longer one', () => {
    const note = /Förkortad: meddelandet på sidan var längre än Svara sparar/;
    const { unmount } = renderDetail({ ...astrid, truncated: true }, { locale: 'sv' });
    expect(screen.getByRole('note').textContent).toMatch(note);
    unmount();
    renderDetail(astrid, { locale: 'sv' });
    expect(screen.queryByText(note)).toBeNull();
  });
});

describe('the keyboard path from a queue row to a filled reply box', () => {
  const bertil = storedItem({
    key: 'facebook:comment:2',
    author: { name: 'Bertil Ek' },
    text: 'Hej! Säljer ni presentkort?',
    postedAt: '2026-11-20T11:00:00Z',
  });

  function renderQueueWithDetail() {
    const onFill = vi.fn<Fill>().mockResolvedValue({ ok: true });
    const onDismiss = vi.fn(async () => {});
    renderWithLocale(
      <Queue
        items={[{ ...astrid, postedAt: '2026-11-20T10:00:00Z' }, bertil]}
        now={NOW}
        settings={{ agentName: 'Eva', colleagues: [] }}
        frequentPeople={new Set()}
        onReveal={() => {}}
        onDismiss={onDismiss}
        onAssign={async () => {}}
        renderDetail={(item) => (
          <DetailUnderTest item={item} onFill={onFill} onCopy={async () => {}} />
        )}
      />,
      'en',
    );
    return { onFill, onDismiss, user: userEvent.setup({ delay: null }) };
  }

  it('j, Enter, 2, f: opens the first row, takes suggestion 2 and fills it, in four keys', async () => {
    const { user, onFill } = renderQueueWithDetail();
    await user.keyboard('j{Enter}');
    // Opening gives the item's heading the focus: its message and suggestions follow it.
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Reply to Astrid Lundgren' }),
    );
    await user.keyboard('2');
    const second = suggestions()[1];
    expect(editor().value).toBe(second.querySelector('.suggestion-text')!.textContent);
    // Chosen by key, the focus stays put, so the next key is a shortcut, not typing.
    expect(document.activeElement).not.toBe(editor());
    await user.keyboard('f');
    expect(onFill).toHaveBeenCalledExactlyOnceWith(editor().value, second.dataset.templateId);
    expect((await screen.findByTestId('fill-notice')).textContent).toMatch(/press send yourself/);
  });

  it('e goes to the editor, keys there are typing, Esc leaves it for the opened row', async () => {
    const { user, onFill } = renderQueueWithDetail();
    await user.keyboard('j{Enter}1e');
    expect(document.activeElement).toBe(editor());
    const chosen = editor().value;
    await user.keyboard('f2j');
    expect(editor().value).toBe(chosen + 'f2j');
    expect(onFill).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(
      document.querySelector('[data-item-key="facebook:comment:1"] .item-main'),
    );
    // The item stays open with the edited reply; k and j move on from its row.
    expect(editor().value).toBe(chosen + 'f2j');
    await user.keyboard('j');
    expect(document.querySelector('li.active .author')!.textContent).toBe('Bertil Ek');
  });

  it('d then Enter dismisses as "no reply needed", never as spam', async () => {
    const { user, onDismiss } = renderQueueWithDetail();
    await user.keyboard('jd');
    expect(document.activeElement!.textContent).toBe('No reply needed');
    await user.keyboard('{Enter}');
    expect(onDismiss).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ key: 'facebook:comment:1' }),
      'no-reply-needed',
    );
  });
});
