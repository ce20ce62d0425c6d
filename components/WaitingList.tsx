import type { Item } from '../utils/model/item';
import { formatAge } from '../utils/i18n/translate';
import { useT } from './i18n';

// Long texts are shortened for display only; the stored text stays whole.
const DISPLAY_LIMIT = 280;

export interface WaitingListProps {
  items: Item[];
  now: Date;
  selectedKey?: string;
  onSelect: (item: Item) => void;
  onReveal: (item: Item) => void;
}

/** The queue: every waiting item, oldest first. Page text is rendered as text, never HTML. */
export function WaitingList({ items, now, selectedKey, onSelect, onReveal }: WaitingListProps) {
  const t = useT();
  if (items.length === 0) return <p className="empty">{t('panelEmpty')}</p>;
  return (
    <ul className="queue" aria-label={t('panelTitle')}>
      {items.map((item) => {
        const since = Date.parse(item.postedAt ?? item.firstSeenAt);
        return (
          <li
            key={item.key}
            className={item.key === selectedKey ? 'selected' : undefined}
            data-testid="waiting-item"
          >
            <button
              type="button"
              className="item-main"
              aria-current={item.key === selectedKey ? 'true' : undefined}
              onClick={() => onSelect(item)}
            >
              <span className="meta">
                <span className="platform">
                  {t(item.platform === 'facebook' ? 'platformFacebook' : 'platformLinkedin')}
                </span>{' '}
                <span className="author">{item.author.name}</span>{' '}
                <span className="age">
                  {t('panelWaited', { age: formatAge(now.getTime() - since, t) })}
                </span>
              </span>
              <span className="text">
                {item.collapsed ? t('panelCollapsed') : truncate(item.text)}
              </span>
            </button>
            <button type="button" className="secondary" onClick={() => onReveal(item)}>
              {t('panelShowOnPage')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function truncate(text: string) {
  const chars = Array.from(text);
  return chars.length > DISPLAY_LIMIT ? `${chars.slice(0, DISPLAY_LIMIT).join('')}…` : text;
}
