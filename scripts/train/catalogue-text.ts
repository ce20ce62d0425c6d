/**
 * More text for the language model than the corpus alone has: the extension's own message
 * catalogues in English, Swedish, Danish and Norwegian, written for this product.
 */
import { da } from '../../utils/i18n/messages/da';
import { en } from '../../utils/i18n/messages/en';
import { nb } from '../../utils/i18n/messages/nb';
import { sv } from '../../utils/i18n/messages/sv';

export function catalogueText(): { lang: string; text: string }[] {
  const catalogues = { sv, da, nb, en } as const;
  return Object.entries(catalogues).flatMap(([lang, messages]) =>
    Object.values(messages)
      .map((text) => text.replace(/\{[^}]+\}/g, ' '))
      .filter((text) => text.split(/\s+/).length >= 3)
      .map((text) => ({ lang, text })),
  );
}
