import { fillPlaceholders, type UiLocale } from './locale';
import { backgroundMessages, type BackgroundMessageKey } from './messages/background';

export type { BackgroundMessageKey };

/** A translator for the background's own strings; any full `Translate` is one too. */
export type BackgroundTranslate = (
  key: BackgroundMessageKey,
  params?: Record<string, string | number>,
) => string;

export function createBackgroundTranslator(locale: UiLocale): BackgroundTranslate {
  const catalogue: Record<BackgroundMessageKey, string> = backgroundMessages[locale];
  return (key, params) => fillPlaceholders(catalogue[key], params);
}
