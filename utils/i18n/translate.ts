import { en, type MessageKey } from './messages/en';
import { sv } from './messages/sv';
import { da } from './messages/da';
import { nb } from './messages/nb';
import { fillPlaceholders, type UiLocale } from './locale';

export type { MessageKey };
export { UI_LOCALES, pickLocale, type UiLocale } from './locale';

const catalogues: Record<UiLocale, Record<MessageKey, string>> = { en, sv, da, nb };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `{name}` placeholders are filled from params; plural forms are separate keys (`…One`). */
export function createTranslator(locale: UiLocale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => fillPlaceholders(catalogue[key], params);
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
