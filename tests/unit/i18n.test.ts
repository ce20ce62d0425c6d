import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../utils/i18n/messages/en';
import { sv } from '../../utils/i18n/messages/sv';
import { da } from '../../utils/i18n/messages/da';
import { nb } from '../../utils/i18n/messages/nb';
import {
  createTranslator,
  formatAge,
  pickLocale,
  UI_LOCALES,
  type UiLocale,
} from '../../utils/i18n/translate';
import {
  createBackgroundTranslator,
  type BackgroundMessageKey,
} from '../../utils/i18n/background-translate';
import { backgroundMessages } from '../../utils/i18n/messages/background';

const MESSAGES_DIR = resolve(import.meta.dirname, '../../utils/i18n/messages');
/** The merged catalogues and the type helper; every other file there is one area's strings. */
const NOT_AREAS = new Set(['en.ts', 'sv.ts', 'da.ts', 'nb.ts', 'area.ts']);

/** Each area file's strings per language (its one export), by file name. */
async function areaCatalogues() {
  const files = readdirSync(MESSAGES_DIR).filter((f) => f.endsWith('.ts') && !NOT_AREAS.has(f));
  return Promise.all(
    files.map(async (file) => {
      const module = (await import(resolve(MESSAGES_DIR, file))) as Record<string, unknown>;
      const [catalogues] = Object.values(module).filter((value) => typeof value === 'object');
      return { file, catalogues: catalogues as Record<UiLocale, Record<string, string>> };
    }),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  it.each([
    ['sv', sv],
    ['da', da],
    ['nb', nb],
  ])('%s has every key with the same placeholders as English, none left empty', (_l, catalogue) => {
    for (const [key, text] of Object.entries(en)) {
      const translated = catalogue[key as keyof typeof en];
      expect(translated, key).toBeTruthy();
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });

  it('is the sum of its area files: each key in one area, each area in all four languages', async () => {
    const areas = await areaCatalogues();
    expect(areas.length).toBeGreaterThan(1);
    const seen = new Map<string, string>();
    for (const { file, catalogues } of areas) {
      expect(Object.keys(catalogues).sort(), file).toEqual([...UI_LOCALES].sort());
      const keys = Object.keys(catalogues.en);
      for (const locale of UI_LOCALES) expect(Object.keys(catalogues[locale]), file).toEqual(keys);
      for (const key of keys) {
        expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
        seen.set(key, file);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    [['sv-SE'], 'sv'],
    [['da'], 'da'],
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO'], 'nb'],
    [['de-DE', 'da-DK'], 'da'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('the browser languages %j pick %s', (languages, locale) => {
    expect(pickLocale(languages)).toBe(locale);
  });

  it('fills placeholders and formats ages in the UI language', () => {
    const t = createTranslator('sv');
    expect(t('popupOldest', { age: formatAge(3 * 3_600_000, t) })).toBe('Längst väntan: 3 tim');
    expect(formatAge(90 * 60_000, createTranslator('da'))).toBe('1 t.');
  });

  it.each(UI_LOCALES)(
    '%s: the background says what the pages say, from its own few strings',
    (locale) => {
      const page = createTranslator(locale);
      const background = createBackgroundTranslator(locale);
      const params = { count: 7, hours: 3, name: 'Ada', text: 'Hej' };
      for (const key of Object.keys(backgroundMessages.en) as BackgroundMessageKey[]) {
        expect(background(key, params), key).toBe(page(key, params));
        expect(background(key, params), key).not.toMatch(/\{\w+\}/);
      }
    },
  );
});
