import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { ItemDetail } from '../../components/ItemDetail';
import { db } from '../db/database';
import { noteSuggestionFilled } from '../db/items';
import { activeToneGuide } from '../db/tone-guides';
import { sendMessage } from '../messaging/protocol';
import type { Item } from '../model/item';
import type { Settings } from '../model/settings';
import { suggest, type SuggestInput } from '../suggest/suggest';
import type { LanguageCode, ReplySurface, ToneGuide } from '../tone/schema';
import { useSettings } from './hooks';

/** Where a reply to this item is written, for the guide's per-surface rules. */
export function surfaceOfItem(item: Pick<Item, 'platform' | 'kind'>): ReplySurface {
  return `${item.platform}-${item.kind === 'dm' ? 'dm' : 'comment'}`;
}

/** The name the company answers as on the item's platform: its first owner identity there. */
export function pageNameFor(item: Pick<Item, 'platform'>, settings: Settings | undefined) {
  return settings?.owners.find((owner) => owner.platform === item.platform)?.name;
}

/**
 * The guide narrowed to one language, so detection, intents, escalation and retrieval all work
 * in the language a person chose with the switch.
 */
export function guideInLanguage(guide: ToneGuide, language: LanguageCode): ToneGuide {
  return {
    ...guide,
    languages: { ...guide.languages, supported: [language], default: language, fallbackOrder: [] },
  };
}

/** Suggestions for an item, in the detected language or the one chosen. */
export function suggestForItem(
  item: Item,
  guide: ToneGuide,
  options: { language?: LanguageCode; agentName?: string; pageName?: string } = {},
) {
  const input: SuggestInput = {
    text: item.text,
    authorName: item.author.name,
    surface: surfaceOfItem(item),
    threadLanguage: item.language,
    agentName: options.agentName || undefined,
    pageName: options.pageName,
  };
  const detected = suggest(input, guide);
  const chosen =
    options.language &&
    options.language !== detected.language &&
    guide.languages.supported.includes(options.language)
      ? suggest(input, guideInLanguage(guide, options.language))
      : detected;
  return { detected, result: chosen };
}

async function copyToClipboard(text: string) {
  await navigator.clipboard.writeText(text);
}

/**
 * The side panel's detail for one selected item, connected: the active tone guide and settings
 * live from Dexie, suggestions computed locally, "Fill reply box" through the background to the
 * tab. Svara never sends: the person presses send on the platform.
 */
export function ItemDetailPanel({ item }: { item: Item }) {
  const guide = useLiveQuery(() => activeToneGuide(db), []);
  const settings = useSettings();
  const [choice, setChoice] = useState<{ key: string; language: LanguageCode } | null>(null);
  const language = choice?.key === item.key ? choice.language : undefined;
  const agentName = settings?.agentName;
  const pageName = pageNameFor(item, settings);

  const computed = useMemo(
    () =>
      guide && !item.collapsed
        ? suggestForItem(item, guide, { language, agentName, pageName })
        : null,
    [guide, item, language, agentName, pageName],
  );

  async function fill(text: string, templateId?: string) {
    // The clipboard is the fallback when the reply box cannot take the text. Started first, while
    // the click still counts as a user gesture, and not awaited: a refusal must not stop the fill.
    copyToClipboard(text).catch(() => undefined);
    const suggestion = computed?.result.suggestions.find((s) => s.templateId === templateId);
    if (suggestion) {
      await noteSuggestionFilled(db, item.key, {
        templateId: suggestion.templateId,
        suggestedText: suggestion.text,
        agent: settings?.agentName ?? '',
      });
    }
    return sendMessage('ui/fill', { key: item.key, threadKey: item.threadKey, text });
  }

  return (
    <ItemDetail
      key={item.key}
      item={item}
      result={computed?.result ?? null}
      detectedLanguage={computed?.detected.language}
      guide={guide ?? null}
      surface={surfaceOfItem(item)}
      onLanguageChange={(next) => setChoice({ key: item.key, language: next })}
      onFill={fill}
      onCopy={copyToClipboard}
    />
  );
}
