import type { Item } from '../../utils/model/item';
import { useT } from '../i18n';

// Long texts are shortened for display only; the stored text stays whole.
const DISPLAY_LIMIT = 5_000;

/** The person's message, as text, in the language it was read in. */
export function ItemMessage({ item, language }: { item: Item; language?: string }) {
  const t = useT();
  return (
    <figure className="item-message" style={{ margin: '8px 0' }}>
      <figcaption>{t('detailMessage')}</figcaption>
      <blockquote
        lang={language}
        data-testid="item-text"
        className="text"
        style={{ margin: '4px 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        <bdi>{truncate(item.text)}</bdi>
      </blockquote>
      {item.truncated && (
        <p role="note" className="shortened">
          {t('detailShortened')}
        </p>
      )}
    </figure>
  );
}

function truncate(text: string) {
  const chars = Array.from(text);
  return chars.length > DISPLAY_LIMIT ? `${chars.slice(0, DISPLAY_LIMIT).join('')}…` : text;
}
