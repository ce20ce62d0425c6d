import type { ReactNode, Ref } from 'react';
import type { Item } from '../utils/model/item';
import { useT } from './i18n';

/** The queue's detail slot: what the selected item says, and the reply tools for it. */
export function QueueDetail({
  ref,
  selected,
  renderDetail,
  onDismiss,
  onAssign,
}: {
  /** Focused and scrolled to when an item has no heading of its own to take the focus. */
  ref?: Ref<HTMLElement>;
  selected?: Item;
  /** The selected item's detail view (suggestions, editor); its text alone when not given. */
  renderDetail?: (item: Item) => ReactNode;
  onDismiss: (item: Item) => void;
  onAssign: (item: Item) => void;
}) {
  const t = useT();
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className={selected ? 'queue-detail open' : 'queue-detail'}
      aria-label={t('queueDetailLabel')}
    >
      {selected ? (
        <>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => onDismiss(selected)}>
              {t('queueDismiss')}
            </button>
            <button type="button" className="secondary" onClick={() => onAssign(selected)}>
              {t('queueAssign')}
            </button>
          </div>
          {renderDetail ? (
            renderDetail(selected)
          ) : (
            <>
              <p className="author">
                <bdi>{selected.author.name}</bdi>
              </p>
              <p className="detail-text">
                {selected.collapsed ? t('panelCollapsed') : <bdi>{selected.text}</bdi>}
              </p>
            </>
          )}
        </>
      ) : (
        <p>{t('queueSelectHint')}</p>
      )}
    </section>
  );
}
