import type { ReactNode } from 'react';
import type { Item } from '../utils/model/item';
import { platformById } from '../utils/platforms/platforms';
import { formatAge } from '../utils/i18n/translate';
import { useT } from './i18n';

// Long texts are shortened for display only; the stored text stays whole.
const DISPLAY_LIMIT = 280;

export interface WaitingListProps {
  items: Item[];
  now: Date;
  selectedKey?: string;
  /** The keyboard cursor: the item the queue's shortcuts act on. */
  activeKey?: string;
  /** More about an item (assignee, reply window, markers), shown with its platform and age. */
  renderMeta?: (item: Item) => ReactNode;
  onSelect: (item: Item) => void;
  onReveal: (item: Item) => void;
}

/** The queue's rows, in the order given. Page text is rendered as text, never HTML. */
export function WaitingList({
  items,
  now,
  selectedKey,
  activeKey,
  renderMeta,
  onSelect,
  onReveal,
}: WaitingListProps) {
  const t = useT();
  if (items.length === 0) return <p className="empty">{t('panelEmpty')}</p>;
  return (
    <ul className="queue" aria-label={t('panelTitle')}>
      {items.map((item) => {
        const since = Date.parse(item.postedAt ?? item.firstSeenAt);
        return (
          <li
            key={item.key}
            className={
              [item.key === selectedKey && 'selected', item.key === activeKey && 'active']
                .filter(Boolean)
                .join(' ') || undefined
            }
            data-testid="waiting-item"
            data-item-key={item.key}
          >
            <button
              type="button"
              className="item-main"
              aria-current={item.key === selectedKey ? 'true' : undefined}
              onClick={() => onSelect(item)}
            >
              <span className="meta">
                <span className="platform">{platformById(item.platform).name}</span>{' '}
                <bdi className="author">{item.author.name}</bdi>{' '}
                <span className="age">
                  {t('panelWaited', { age: formatAge(now.getTime() - since, t) })}
                </span>
                {item.truncated && (
                  <>
                    {' '}
                    <span className="marker shortened">{t('itemShortened')}</span>
                  </>
                )}
                {renderMeta?.(item)}
              </span>
              {item.collapsed ? (
                <span className="text">{t('panelCollapsed')}</span>
              ) : (
                <bdi className="text">{truncate(item.text)}</bdi>
              )}
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
