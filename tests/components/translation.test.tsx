import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AttentionNotices } from '../../components/AttentionNotices';
import { DataSettings } from '../../components/DataSettings';
import { FirstRunSetup } from '../../components/FirstRunSetup';
import { useT } from '../../components/i18n';
import { ItemDetail } from '../../components/ItemDetail';
import { OwnersForm } from '../../components/OwnersForm';
import { Popup } from '../../components/Popup';
import { Queue } from '../../components/Queue';
import { SetupPrompt } from '../../components/SetupPrompt';
import { SnapshotButton } from '../../components/SnapshotButton';
import { StatsView } from '../../components/StatsView';
import { TeamSettings } from '../../components/TeamSettings';
import { SavedReplies } from '../../components/saved-replies/SavedReplies';
import { ToneGuideEditor } from '../../components/ToneGuideEditor';
import { parseBackup } from '../../utils/backup/schema';
import { da } from '../../utils/i18n/messages/da';
import { en, type MessageKey } from '../../utils/i18n/messages/en';
import { nb } from '../../utils/i18n/messages/nb';
import { sv } from '../../utils/i18n/messages/sv';
import type { UiLocale } from '../../utils/i18n/translate';
import type { Item } from '../../utils/model/item';
import { defaultSettings, type Settings } from '../../utils/model/settings';
import { dmReplyWindows, waitingSummary } from '../../utils/stats/waiting';
import { defaultToneGuide, defaultToneGuideInput } from '../../utils/tone/default-guide';
import type { LanguageCode } from '../../utils/tone/schema';
import { KNOWN_VARIABLES } from '../../utils/tone/variables';
import { suggestForItem, surfaceOfItem } from '../../entrypoints/sidepanel/ItemDetailPanel';
import { nodeModels } from '../../scripts/train/node-models';
import { renderWithLocale } from '../helpers/render';
import { NOW, storedItem } from './fixtures';

const models = nodeModels();
const CATALOGUES: Record<Exclude<UiLocale, 'en'>, Record<MessageKey, string>> = { sv, da, nb };
const KEYS = new Set(Object.keys(en));
/** The catalogue's placeholder names, less the guide's own variables ({firstName}, {cursor}). */
const PLACEHOLDERS = new Set(
  Object.values(en)
    .flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))
    .filter((name) => !(KNOWN_VARIABLES as readonly string[]).includes(name)),
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The English catalogue strings that must not appear in `locale`: those it translates, as a
 * whole-text pattern with anything in their placeholders. Strings the locale itself uses
 * (a word that is the same in both) are left out.
 */
function englishPatterns(locale: Exclude<UiLocale, 'en'>) {
  const target = CATALOGUES[locale];
  const ownWords = new Set(Object.values(target));
  return (Object.entries(en) as [MessageKey, string][])
    .filter(([key, english]) => target[key] !== english && !ownWords.has(english))
    .filter(([, english]) => /\p{L}{2}/u.test(english.replace(/\{\w+\}/g, '')))
    .map(([key, english]) => ({
      key,
      pattern: new RegExp(
        `^${english
          .split(/\{\w+\}/)
          .map(escape)
          .join('.+?')}$`,
        'su',
      ),
    }));
}

/** Every text a person can see or hear: each text node, each element's text, labels, titles. */
function shownTexts(root: HTMLElement): string[] {
  const texts = new Set<string>();
  const add = (text: string | null | undefined) => {
    const squashed = text?.replace(/\s+/g, ' ').trim();
    if (squashed) texts.add(squashed);
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) add(node.textContent);
  for (const element of root.querySelectorAll('*')) {
    add(element.textContent);
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'])
      add(element.getAttribute(attribute));
  }
  return [...texts];
}

/** English catalogue strings, raw keys and unfilled placeholders in what `root` shows. */
function untranslated(root: HTMLElement, locale: Exclude<UiLocale, 'en'>): string[] {
  const patterns = englishPatterns(locale);
  return shownTexts(root).flatMap((text) => {
    const english = patterns.find(({ pattern }) => pattern.test(text));
    if (english) return [`English (${english.key}): ${text}`];
    if (KEYS.has(text)) return [`raw key: ${text}`];
    const left = [...text.matchAll(/\{(\w+)\}/g)].some((match) => PLACEHOLDERS.has(match[1]));
    if (left) return [`placeholder left: ${text}`];
    return [];
  });
}

const SET_UP: Settings = {
  ...defaultSettings,
  agentName: 'Eva',
  colleagues: ['Jonas'],
  owners: [
    {
      platform: 'facebook',
      name: 'Kanelkompaniet',
      url: 'https://www.facebook.com/kanelkompaniet',
      source: 'options',
    },
  ],
};

const ITEMS: Item[] = [
  storedItem({
    key: 'fb:question',
    author: { name: 'Astrid Lundgren' },
    text: 'Hej! Har ni öppet på söndag?',
    postedAt: '2026-11-20T09:00:00.000Z',
  }),
  storedItem({
    key: 'fb:legal',
    author: { name: 'Mads Kristensen' },
    text: 'Jeg har talt med min advokat, vi sagsøger jer for madforgiftning',
    postedAt: '2026-11-19T08:00:00.000Z',
    // As the understanding files it: the popup's crises line and the queue's mark show too.
    intent: 'crisis',
  }),
  storedItem({
    key: 'fb:dm',
    kind: 'dm',
    threadKey: 'fb:dm:1',
    author: { name: 'Kari Nordmann' },
    text: 'Hei, kan jeg bestille en kake til lørdag?',
    postedAt: '2026-11-20T11:30:00.000Z',
  }),
];

function Detail({ item }: { item: Item }) {
  const [language, setLanguage] = useState<LanguageCode>();
  const { detected, result } = suggestForItem(item, defaultToneGuide, models, {
    language,
    agentName: 'Eva',
    pageName: 'Kanelkompaniet',
  });
  return (
    <ItemDetail
      item={item}
      result={result}
      detectedLanguage={detected.templateLanguage}
      guide={defaultToneGuide}
      surface={surfaceOfItem(item)}
      onLanguageChange={setLanguage}
      onCorrect={async () => {}}
      onFill={async () => ({ ok: false, reason: 'reply-box-not-open' })}
      onCopy={async () => {}}
    />
  );
}

function Title({ text }: { text: MessageKey }) {
  return <h1>{useT()(text)}</h1>;
}

function popups() {
  const summary = waitingSummary(ITEMS, { now: NOW });
  const actions = { onOpenPanel: () => {}, onOpenOptions: () => {} };
  return (
    <>
      <Popup
        summary={summary}
        unknownLayout={null}
        setUp
        oldestAuthorName="Mads Kristensen"
        replyWindows={dmReplyWindows(ITEMS, { now: NOW }).map((window) => ({
          ...window,
          authorName: 'Kari Nordmann',
        }))}
        {...actions}
      />
      <Popup
        summary={null}
        counts={{ total: 0, byPlatform: { facebook: 0, linkedin: 0 } }}
        unknownLayout={null}
        setUp={false}
        {...actions}
      />
      <Popup
        summary={summary}
        unknownLayout={{ reason: 'no comments found' }}
        storageProblem={{ since: NOW.toISOString() }}
        setUp
        {...actions}
      />
    </>
  );
}

function sidePanel() {
  return (
    <main>
      <Title text="panelTitle" />
      <SnapshotButton onSave={async () => 'not-a-platform-page'} />
      <AttentionNotices storageProblem unknownLayout />
      <SetupPrompt onOpenSetup={() => {}} />
      <Queue
        items={ITEMS}
        now={NOW}
        settings={SET_UP}
        frequentPeople={new Set()}
        onReveal={() => {}}
        onDismiss={async () => {}}
        onAssign={async () => {}}
        renderDetail={(item) => <Detail item={item} />}
      />
    </main>
  );
}

function options(uiLanguage: 'sv' | 'da' | 'nb') {
  return (
    <main>
      <Title text="optionsTitle" />
      <FirstRunSetup
        settings={defaultSettings}
        uiLanguage={uiLanguage}
        onComplete={async () => {}}
      />
      <OwnersForm settings={SET_UP} onSave={async () => {}} />
      <TeamSettings settings={SET_UP} onSave={async () => {}} />
      <ToneGuideEditor
        guide={defaultToneGuide}
        revisions={[
          { revision: 2, savedAt: '2026-11-19T09:00:00.000Z', origin: 'import' },
          { revision: 1, savedAt: '2026-11-18T08:00:00.000Z', origin: 'default' },
        ]}
        activeRevision={2}
        onSave={async () => {}}
        onRestore={async () => {}}
      />
      <SavedReplies guide={defaultToneGuide} activeRevision={2} onSave={async () => {}} />
      <StatsView
        items={ITEMS}
        responses={[]}
        now={NOW}
        timeZone="Europe/Stockholm"
        targetMinutes={60}
        periodDays={30}
        onPeriodChange={() => {}}
      />
      <DataSettings
        people={[{ id: 'facebook:astrid', name: 'Astrid Lundgren', platform: 'facebook' }]}
        retentionMonths={6}
        loadResponseLog={async () => []}
        exportBackup={async () => {
          throw new Error('not in this test');
        }}
        restoreBackup={async (json) => {
          const parsed = await parseBackup(json);
          if (parsed.ok) throw new Error('the test backup should be refused');
          return parsed;
        }}
        erasePerson={async () => ({ items: 0, responses: 0 })}
        eraseAll={async () => {}}
        saveRetention={async () => ({ responses: 0, items: 0, people: 0, corrections: 0 })}
        lastAutoPrune={{
          prunedAt: '2026-11-19T03:00:00.000Z',
          responses: 1,
          items: 2,
          people: 1,
          corrections: 0,
        }}
        today={() => NOW}
      />
    </main>
  );
}

/** A guide file with problems of Zod's (wrong types, a missing field) and of Svara's own. */
function brokenGuideFile() {
  const broken = structuredClone(defaultToneGuideInput) as Record<string, unknown> &
    typeof defaultToneGuideInput;
  broken.maxExclamations = 'two' as unknown as number;
  delete (broken as Partial<typeof broken>).name;
  broken.templates[0].intents = [];
  broken.emoji = { policy: 'sometimes' } as unknown as typeof broken.emoji;
  broken.languages.default = 'fi';
  broken.templates[3].text = 'Hej {fistName}! {cursor}';
  return new File([JSON.stringify(broken)], 'guide.json', { type: 'application/json' });
}

function brokenBackupFile() {
  const backup = {
    format: 'svara-backup',
    version: 1,
    exportedAt: 'yesterday',
    items: [{ key: 'x', platform: 'myspace' }],
    extra: true,
  };
  return new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' });
}

const LOCALES = ['sv', 'da', 'nb'] as const;

describe.each(LOCALES)('every page in %s', (locale) => {
  it('popup: counts, not set up, unknown layout and storage problem', () => {
    const { container } = renderWithLocale(popups(), locale);
    expect(untranslated(container, locale)).toEqual([]);
  });

  it(
    'side panel with an item open: suggestions, reasons, tone findings, escalation',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup({ delay: null });
      const { container } = renderWithLocale(sidePanel(), locale);
      const rows = screen.getAllByTestId('waiting-item');
      expect(rows.length).toBe(ITEMS.length);

      // A Swedish question, its suggestions and a reply that trips every kind of finding.
      await user.click(
        within(rows.find((row) => row.textContent?.includes('Astrid'))!).getAllByRole('button')[0],
      );
      const detail = await screen.findByTestId('item-detail');
      expect(within(detail).getAllByTestId('suggestion').length).toBeGreaterThan(0);
      const editor = within(detail).getByRole('textbox');
      await user.clear(editor);
      await user.click(editor);
      await user.paste(
        'Välkommen, ni! Skicka ditt kortnummer och lösenord!!! 🤑 🤑 🍕 KANELKOMPANIET ' +
          'a'.repeat(400),
      );
      const findings = within(screen.getByTestId('live-findings')).getAllByTestId('finding');
      expect(findings.map((f) => f.dataset.ruleId)).toEqual(
        expect.arrayContaining([
          'greeting.missing',
          'address.form',
          'exclamation.limit',
          'emoji.not-allowed',
          'emoji.too-many',
          'brand.spelling',
          'sensitive.card',
          'sensitive.password',
          'length.surface',
        ]),
      );
      await user.click(within(detail).getByRole('button', { name: CATALOGUES[locale].detailFill }));
      await screen.findByTestId('fill-notice');
      expect(untranslated(container, locale)).toEqual([]);

      // A legal threat: escalated, with the guide's guidance in the UI language.
      await user.click(
        within(rows.find((row) => row.textContent?.includes('Mads'))!).getAllByRole('button')[0],
      );
      const escalation = await screen.findByTestId('escalation');
      expect(escalation.textContent).not.toMatch(/legal|operations/i);
      expect(untranslated(container, locale)).toEqual([]);
    },
  );

  it('options, every section, with a refused guide import, reply edit and restore', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = renderWithLocale(options(locale), locale);
    const [guideInput, backupInput] =
      container.querySelectorAll<HTMLInputElement>('input[type="file"]');
    await act(async () => {
      fireEvent.change(guideInput, { target: { files: [brokenGuideFile()] } });
    });
    const guideProblems = await screen.findByTestId('tone-problems');
    expect(within(guideProblems).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5);
    await user.upload(backupInput, brokenBackupFile());
    const restoreProblems = await screen.findByTestId('restore-problems');
    expect(within(restoreProblems).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);

    // A saved reply open with its variable menu, preview findings and a refused edit.
    const replies = within(screen.getByRole('region', { name: CATALOGUES[locale].repliesTitle }));
    await user.click(within(replies.getAllByTestId('saved-reply')[0]).getByRole('button'));
    const text = replies.getByRole('textbox', { name: CATALOGUES[locale].repliesText });
    fireEvent.change(text, { target: { value: 'Tack {fistName}!!!' } });
    await user.click(
      replies.getByRole('button', { name: CATALOGUES[locale].repliesInsertVariable }),
    );
    await user.click(replies.getByRole('button', { name: CATALOGUES[locale].repliesSave }));
    expect(await screen.findByTestId('replies-problems')).toBeTruthy();
    expect(screen.getAllByTestId('finding').length).toBeGreaterThan(0);
    expect(untranslated(container, locale)).toEqual([]);
  });
});

describe('the translation check itself', () => {
  it('finds English catalogue strings, filled in or not, raw keys and unfilled placeholders', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>Hand this to Sara</p><p>Tone check</p><p>detailTitle</p><button aria-label="Svar till {name}"></button><p>Facebook</p>';
    expect(untranslated(root, 'sv')).toEqual([
      'English (detailEscalateTitle): Hand this to Sara',
      'English (detailFindingsTitle): Tone check',
      'raw key: detailTitle',
      'placeholder left: Svar till {name}',
    ]);
  });
});
