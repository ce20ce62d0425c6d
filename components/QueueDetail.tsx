import type { ReactNode } from 'react';
import type { Item } from '../utils/model/item';
import { useT } from './i18n';

/** The queue's detail slot: what the selected item says, and the reply tools for it. */
export function QueueDetail({
  selected,
  renderDetail,
  onDismiss,
  onAssign,
}: {
  selected?: Item;
  /** The selected item's detail view (suggestions, editor); its text alone when not given. */
  renderDetail?: (item: Item) => ReactNode;
  onDismiss: (item: Item) => void;
  onAssign: (item: Item) => void;
}) {
  const t = useT();
  return (
    <section className="queue-detail" aria-label={t('queueDetailLabel')}>
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
