import { z } from 'zod';
import da from 'zod/v4/locales/da.js';
import en from 'zod/v4/locales/en.js';
import no from 'zod/v4/locales/no.js';
import sv from 'zod/v4/locales/sv.js';
import type { UiLocale } from './translate';

// Zod's own messages for the UI languages, one file each (never the whole locale set).
const ZOD_LOCALES: Record<UiLocale, () => Parameters<typeof z.config>[0]> = {
  en,
  sv,
  da,
  nb: no,
};

/**
 * Validation problems shown to a person (an imported tone guide, a backup) read in the page's UI
 * language: Zod's messages for wrong types, missing fields and limits follow it.
 */
export function setZodLocale(locale: UiLocale) {
  z.config(ZOD_LOCALES[locale]());
}
