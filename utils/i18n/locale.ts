/** The UI languages and how a string's `{name}` placeholders are filled; no catalogue here. */
export const UI_LOCALES = ['en', 'sv', 'da', 'nb'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The first of the browser's preferred languages that Svara speaks; Norwegian in any form → nb. */
export function pickLocale(preferred: readonly string[]): UiLocale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (language === 'no' || language === 'nn' || language === 'nb') return 'nb';
    if ((UI_LOCALES as readonly string[]).includes(language)) return language as UiLocale;
  }
  return 'en';
}

/** `{name}` placeholders are filled from params; an unknown one is left as written. */
export function fillPlaceholders(text: string, params?: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  );
}
