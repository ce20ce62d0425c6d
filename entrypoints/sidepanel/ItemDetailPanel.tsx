import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { ItemDetail } from '../../components/ItemDetail';
import { db } from '../../utils/db/database';
import { exemplarsOf, saveExemplar } from '../../utils/db/exemplars';
import { noteSuggestionFilled } from '../../utils/db/items';
import { activeToneGuide } from '../../utils/db/tone-guides';
import { sendMessage } from '../../utils/messaging/protocol';
import type { Item } from '../../utils/model/item';
import type { Settings } from '../../utils/model/settings';
import { packagedModels } from '../../utils/models/packaged';
import {
  renderTemplate,
  replySurfaceFor,
  suggest,
  type SuggestInput,
  type Suggestion,
} from '../../utils/suggest/suggest';
import type { Intent, LanguageCode, ToneGuide } from '../../utils/tone/schema';
import type { Exemplar, UnderstandingModels } from '../../utils/understand/understand';
import { useSettings } from '../../components/hooks/live';

/** Where the item's reply is written (the suggestion core's own rule). */
export const surfaceOfItem = replySurfaceFor;

/** The name the company answers as on the item's platform: its first owner identity there. */
export function pageNameFor(item: Pick<Item, 'platform'>, settings: Settings | undefined) {
  return settings?.owners.find((owner) => owner.platform === item.platform)?.name;
}

/** Suggestions for an item, with templates in the detected language or the one chosen. */
export function suggestForItem(
  item: Item,
  guide: ToneGuide,
  models: UnderstandingModels,
  options: {
    language?: LanguageCode;
    agentName?: string;
    pageName?: string;
    exemplars?: readonly Exemplar[];
  } = {},
) {
  const input: SuggestInput = {
    text: item.text,
    authorName: item.author.name,
    surface: surfaceOfItem(item),
    threadLanguage: item.language,
    agentName: options.agentName || undefined,
    pageName: options.pageName,
  };
  const detected = suggest(input, guide, models, { exemplars: options.exemplars });
  const chosen =
    options.language &&
    options.language !== detected.templateLanguage &&
    guide.languages.supported.includes(options.language)
      ? suggest(input, guide, models, {
          exemplars: options.exemplars,
          templateLanguage: options.language,
        })
      : detected;
  return { detected, result: chosen };
}

/**
 * The guide's saved replies that have a shortcut, each written for this item as a suggestion
 * would be, by their chord.
 */
export function savedRepliesFor(
  item: Item,
  guide: ToneGuide,
  options: { intents: readonly Intent[]; agentName?: string; pageName?: string },
): Map<string, Suggestion> {
  const input = {
    authorName: item.author.name,
    surface: surfaceOfItem(item),
    agentName: options.agentName || undefined,
    pageName: options.pageName,
  };
  return new Map(
    guide.templates.flatMap((template) =>
      template.shortcut
        ? [[template.shortcut, renderTemplate(template, guide, input, options.intents)] as const]
        : [],
    ),
  );
}

/** The packaged understanding models, loaded once per page. */
function usePackagedModels() {
  const [models, setModels] = useState<UnderstandingModels | null>(null);
  useEffect(() => {
    let live = true;
    packagedModels().then(
      (loaded) => live && setModels(loaded),
      (error: unknown) => console.error('Svara: the understanding models did not load', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return models;
}

async function copyToClipboard(text: string) {
  await navigator.clipboard.writeText(text);
}

/**
 * The side panel's detail for one selected item, connected: the active tone guide, settings and
 * the person's corrections live from Dexie, suggestions computed locally, "Fill reply box"
 * through the background to the tab. Svara never sends: the person presses send.
 */
export function ItemDetailPanel({ item }: { item: Item }) {
  const guide = useLiveQuery(() => activeToneGuide(db), []);
  const exemplarRows = useLiveQuery(() => db.exemplars.toArray(), []);
  const settings = useSettings();
  const models = usePackagedModels();
  const [choice, setChoice] = useState<{ key: string; language: LanguageCode } | null>(null);
  const language = choice?.key === item.key ? choice.language : undefined;
  const agentName = settings?.agentName;
  const pageName = pageNameFor(item, settings);
  const exemplars = useMemo(() => exemplarsOf(exemplarRows ?? []), [exemplarRows]);

  const computed = useMemo(
    () =>
      guide && models && exemplarRows && !item.collapsed
        ? suggestForItem(item, guide, models, { language, agentName, pageName, exemplars })
        : null,
    [guide, models, exemplarRows, item, language, agentName, pageName, exemplars],
  );

  const intents = computed?.result.intents;
  const savedReplies = useMemo(
    () =>
      guide && intents ? savedRepliesFor(item, guide, { intents, agentName, pageName }) : undefined,
    [guide, item, intents, agentName, pageName],
  );

  /** A person's own reading of the message teaches the ranking of similar ones. */
  function correct(intent: Intent, escalate: boolean) {
    return saveExemplar(db, { itemKey: item.key, text: item.text, intent, escalate });
  }

  async function fill(text: string, templateId?: string) {
    // The clipboard is the fallback when the reply box cannot take the text. Started first, while
    // the click still counts as a user gesture, and not awaited: a refusal must not stop the fill.
    copyToClipboard(text).catch(() => undefined);
    const suggestion = [
      ...(computed?.result.suggestions ?? []),
      ...(savedReplies?.values() ?? []),
    ].find((s) => s.templateId === templateId);
    if (suggestion) {
      await noteSuggestionFilled(db, item.key, {
        templateId: suggestion.templateId,
        suggestedText: suggestion.text,
        agent: settings?.agentName ?? '',
      });
      // A template of another intent than the one Svara put first is a correction.
      const templateIntent = guide?.templates.find((t) => t.id === templateId)?.intents[0];
      const primary = computed?.result.intents[0];
      if (templateIntent && primary && templateIntent !== primary)
        await correct(templateIntent, false);
    }
    return sendMessage('ui/fill', { key: item.key, threadKey: item.threadKey, text });
  }

  return (
    <ItemDetail
      key={item.key}
      item={item}
      result={computed?.result ?? null}
      detectedLanguage={computed?.detected.templateLanguage}
      guide={guide ?? null}
      surface={surfaceOfItem(item)}
      savedReplies={savedReplies}
      onLanguageChange={(next) => setChoice({ key: item.key, language: next })}
      onCorrect={correct}
      onFill={fill}
      onCopy={copyToClipboard}
    />
  );
}
