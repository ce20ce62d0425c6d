import { en, type MessageKey } from './messages/en';
import { sv } from './messages/sv';
import { da } from './messages/da';
import { nb } from './messages/nb';

export type { MessageKey };
export const UI_LOCALES = ['en', 'sv', 'da', 'nb'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const catalogues: Record<UiLocale, Record<MessageKey, string>> = { en, sv, da, nb };

/** The first of the browser's preferred languages that Svara speaks; Norwegian in any form → nb. */
export function pickLocale(preferred: readonly string[]): UiLocale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (language === 'no' || language === 'nn' || language === 'nb') return 'nb';
    if ((UI_LOCALES as readonly string[]).includes(language)) return language as UiLocale;
  }
  return 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `{name}` placeholders are filled from params; plural forms are separate keys (`…One`). */
export function createTranslator(locale: UiLocale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

/** Formats a duration for people: "3 min", "2 h", "4 d" in the UI language's own units. */
export function formatAge(ms: number, t: Translate): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return t('ageJustNow');
  if (minutes < 60) return t('ageMinutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('ageHours', { n: hours });
  return t('ageDays', { n: Math.floor(hours / 24) });
}
