import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Item } from '../utils/model/item';
import { platformById } from '../utils/platforms/platforms';
import { formatAge } from '../utils/i18n/translate';
import { useT } from './i18n';
import { rowWindow, scrollTopShowing } from './row-window';

// Long texts are shortened for display only; the stored text stays whole.
const DISPLAY_LIMIT = 280;
/** A row's height until it is measured: two lines of text and the meta line at 400 px. */
const ROW_ESTIMATE_PX = 72;
/** Rows this far outside the view stay rendered, so a fast scroll shows no blank. */
const MARGIN_PX = 600;
/** The view's height before layout has measured it. */
const VIEWPORT_ESTIMATE_PX = 480;

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
  const scroller = useRef<HTMLDivElement>(null);
  // Measured row heights by item key, so the padding above and below the window stays true.
  const [heightOf, setHeightOf] = useState<ReadonlyMap<string, number>>(new Map());
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(VIEWPORT_ESTIMATE_PX);
  const [followedKey, setFollowedKey] = useState(activeKey);

  const heights = items.map((item) => heightOf.get(item.key) ?? ROW_ESTIMATE_PX);
  // A keyboard move scrolls the list so the cursor row is rendered and in view.
  let top = scrollTop;
  if (activeKey !== followedKey) {
    setFollowedKey(activeKey);
    const index = items.findIndex((item) => item.key === activeKey);
    if (index >= 0) {
      top = scrollTopShowing(heights, index, scrollTop, viewport);
      setScrollTop(top);
    }
  }
  const shown = rowWindow(heights, top, viewport, MARGIN_PX);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (element.clientHeight > 0 && element.clientHeight !== viewport)
      setViewport(element.clientHeight);
    if (Math.abs(element.scrollTop - scrollTop) >= 1) element.scrollTop = scrollTop;
    const rows = element.querySelectorAll<HTMLElement>('li[data-item-key]');
    const changed = [...rows].filter(
      (row) => row.offsetHeight > 0 && heightOf.get(row.dataset.itemKey!) !== row.offsetHeight,
    );
    if (changed.length > 0)
      setHeightOf(
        new Map([
          ...heightOf,
          ...changed.map((row) => [row.dataset.itemKey!, row.offsetHeight] as const),
        ]),
      );
    // After each render that can change which rows are shown or how tall they are.
  }, [items, shown.start, shown.end, selectedKey, scrollTop, viewport, heightOf]);

  if (items.length === 0) return <p className="empty">{t('panelEmpty')}</p>;
  return (
    // Only the rows near the view are in the DOM, so a queue of thousands scrolls smoothly.
    <div
      ref={scroller}
      className="queue-scroll"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul
        className="queue"
        aria-label={t('panelTitle')}
        style={{ paddingTop: shown.paddingTop, paddingBottom: shown.paddingBottom }}
      >
        {items.slice(shown.start, shown.end).map((item, offset) => {
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
              aria-posinset={shown.start + offset + 1}
              aria-setsize={items.length}
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
    </div>
  );
}

function truncate(text: string) {
  const chars = Array.from(text);
  return chars.length > DISPLAY_LIMIT ? `${chars.slice(0, DISPLAY_LIMIT).join('')}…` : text;
}
