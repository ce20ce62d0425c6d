import { useMemo } from 'react';
import type { Names } from '../utils/i18n/tone-text';
import type { MessageKey } from '../utils/i18n/translate';
import type { DismissReason } from '../utils/model/item';
import type { Intent, LanguageCode } from '../utils/tone/schema';
import { useLocale, useT } from './i18n';

// The catalogue keys of names several pages show; each map is written once, here.

/** The guide's six languages. */
export const LANGUAGE_LABEL: Record<LanguageCode, MessageKey> = {
  sv: 'languageSv',
  da: 'languageDa',
  nb: 'languageNb',
  en: 'languageEn',
  de: 'languageDe',
  fi: 'languageFi',
};

export const INTENT_LABEL: Record<Intent, MessageKey> = {
  question: 'queueIntentQuestion',
  complaint: 'queueIntentComplaint',
  praise: 'queueIntentPraise',
  lead: 'queueIntentLead',
  support: 'queueIntentSupport',
  job: 'queueIntentJob',
  spam: 'queueIntentSpam',
  crisis: 'queueIntentCrisis',
  other: 'queueIntentOther',
};

/** A language's name in the UI language: the catalogue's for the guide's six, else the browser's. */
export function useLanguageName() {
  const t = useT();
  const locale = useLocale();
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = undefined;
    }
    return (code: string) => {
      const key = LANGUAGE_LABEL[code as LanguageCode];
      if (key) return t(key);
      if (code === 'und') return t('detailLanguageUnknown');
      const name = names?.of(code);
      return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
    };
  }, [t, locale]);
}

/** An intent's name in the UI language; an intent the catalogue does not know shows as itself. */
export function useIntentLabel() {
  const t = useT();
  return (intent: string) => (intent in INTENT_LABEL ? t(INTENT_LABEL[intent as Intent]) : intent);
}

/**
 * Why a person dismissed an item, in the dismiss menu's order. The first takes the focus, so `d` then Enter picks it: "no reply
 * needed" says least about the person; "spam" marks them and comes last.
 */
export const DISMISS_REASON_LABEL: Record<DismissReason, MessageKey> = {
  'no-reply-needed': 'queueDismissNoReply',
  'handled-elsewhere': 'queueDismissElsewhere',
  spam: 'queueDismissSpam',
};

/** The names tone findings and suggestion reasons are worded with (utils/i18n/tone-text.ts). */
export function useToneTextNames(): Names {
  const language = useLanguageName();
  const intent = useIntentLabel();
  return useMemo(() => ({ language, intent }), [language, intent]);
}
