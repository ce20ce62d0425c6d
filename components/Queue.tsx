import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { DismissReason, Item } from '../utils/model/item';
import type { Settings } from '../utils/model/settings';
import { personIdentityOf } from '../utils/model/person';
import { dmReplyWindows } from '../utils/stats/waiting';
import { useT } from './i18n';
import { translateIsolated } from './bidi';
import { isForSomethingElse } from './keys';
import { DISMISS_REASON_LABEL } from './labels';
import { QueueChoiceDialog, type QueueChoice } from './QueueChoiceDialog';
import {
  activeFilterCount,
  filterItems,
  NO_FILTER,
  QueueFilters,
  QueueSortSelect,
  sortItems,
  type QueueFilter,
  type QueueSort,
} from './QueueFilters';
import { QueueDetail } from './QueueDetail';
import { SaveFailure } from './SaveFailure';
import { QueueItemMeta } from './QueueItemMeta';
import { QueueShortcuts, type SavedReplyKey } from './QueueShortcuts';
import { WaitingList } from './WaitingList';
import './Queue.css';

export interface QueueProps {
  /** The waiting items, in any order. */
  items: Item[];
  now: Date;
  settings: Pick<Settings, 'agentName' | 'colleagues'>;
  /** personIdentityOf() of the authors who count as frequent commenters. */
  frequentPeople: ReadonlySet<string>;
  onReveal: (item: Item) => void;
  onDismiss: (item: Item, reason: DismissReason) => Promise<void>;
  /** `undefined` unassigns. */
  onAssign: (item: Item, assignee: string | undefined) => Promise<void>;
  /** The selected item's detail view (suggestions, editor); its text alone when not given. */
  renderDetail?: (item: Item) => ReactNode;
  /** The saved replies' shortcuts, for the shortcut list. */
  savedReplyKeys?: readonly SavedReplyKey[];
}

type OpenDialog = { action: 'dismiss' | 'assign'; item: Item } | null;

/**
 * The side panel's queue: filters, sort, the list, and the keyboard. j/k or the arrows move a
 * cursor, Enter opens the item under it, o shows it on the page, d dismisses it with a reason,
 * a assigns it.
 */
export function Queue({
  items,
  now,
  settings,
  frequentPeople,
  onReveal,
  onDismiss,
  onAssign,
  renderDetail,
  savedReplyKeys,
}: QueueProps) {
  const t = useT();
  const [filter, setFilter] = useState<QueueFilter>(NO_FILTER);
  const [sort, setSort] = useState<QueueSort>('urgent');
  // The index too, so the cursor stays in place when its item leaves the queue (dismissed).
  const [cursorAt, setCursorAt] = useState<{ key: string; index: number }>();
  const [selectedKey, setSelectedKey] = useState<string>();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<{ text: ReactNode; failed?: boolean } | null>(null);
  const [opened, setOpened] = useState(0);
  const [focusRequest, setFocusRequest] = useState<{ key: string }>();
  const [drawer, setDrawer] = useState<'filters' | 'shortcuts' | null>(null);
  const drawerId = useId();
  const list = useRef<HTMLDivElement>(null);
  const detailRef = useRef<HTMLElement>(null);

  const visible = sortItems(filterItems(items, filter), sort, now);
  const windows = new Map(dmReplyWindows(items, { now }).map((w) => [w.itemKey, w]));
  const found = visible.findIndex((item) => item.key === cursorAt?.key);
  const cursorIndex =
    found >= 0 ? found : cursorAt ? Math.min(cursorAt.index, visible.length - 1) : -1;
  const cursor = cursorIndex >= 0 ? visible[cursorIndex] : undefined;
  const selected = items.find((item) => item.key === selectedKey);
  const filterCount = activeFilterCount(filter);

  // The row may be outside the rendered window until the list has followed the cursor, so
  // the focus moves after that render.
  function focusRow(key: string) {
    setFocusRequest({ key });
  }

  useEffect(() => {
    if (!focusRequest) return;
    list.current
      ?.querySelector<HTMLElement>(`[data-item-key="${CSS.escape(focusRequest.key)}"] .item-main`)
      ?.focus();
  }, [focusRequest]);

  function moveCursor(step: number) {
    if (visible.length === 0) return;
    const index = Math.max(0, Math.min(visible.length - 1, cursorIndex + step));
    setCursorAt({ key: visible[index].key, index });
    focusRow(visible[index].key);
  }

  function open(item: Item) {
    setCursorAt({ key: item.key, index: visible.indexOf(item) });
    setSelectedKey(item.key);
    setOpened((count) => count + 1);
  }

  /** From the opened item (its editor too) back to its row in the list. */
  function backToList() {
    const back = selected && visible.includes(selected) ? selected : cursor;
    if (!back) return;
    setCursorAt({ key: back.key, index: visible.indexOf(back) });
    focusRow(back.key);
  }

  // Each opening brings the item's heading into view and gives it the focus, so its message
  // and suggestions follow for a screen reader and the next keys act on it.
  useEffect(() => {
    if (opened === 0) return;
    const detail = detailRef.current;
    const target = detail?.querySelector<HTMLElement>('h2[tabindex]') ?? detail;
    target?.scrollIntoView?.({ block: 'start' });
    target?.focus();
  }, [opened]);

  function toggle(which: 'filters' | 'shortcuts') {
    setDrawer((open) => (open === which ? null : which));
  }

  function closeDialog() {
    setDialog(null);
    if (cursor) focusRow(cursor.key);
  }

  async function run(action: () => Promise<void>, done: string) {
    closeDialog();
    try {
      await action();
      setNotice({ text: done });
    } catch (error) {
      setNotice({ text: <SaveFailure error={error} />, failed: true });
    }
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (dialog || isForSomethingElse(event)) return;
      const onButton = !!(event.target as HTMLElement | null)?.closest('button, a, summary');
      const act = {
        j: () => moveCursor(1),
        ArrowDown: () => moveCursor(1),
        k: () => moveCursor(-1),
        ArrowUp: () => moveCursor(-1),
        Enter: () => cursor && open(cursor),
        o: () => cursor && onReveal(cursor),
        d: () => cursor && setDialog({ action: 'dismiss', item: cursor }),
        a: () => cursor && setDialog({ action: 'assign', item: cursor }),
        Escape: backToList,
        '?': () => toggle('shortcuts'),
      }[event.key];
      // On a focused button, link or summary, Enter is that element's own.
      if (!act || (event.key === 'Enter' && onButton)) return;
      event.preventDefault();
      act();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  function dismissChoices(): QueueChoice[] {
    return (Object.keys(DISMISS_REASON_LABEL) as DismissReason[]).map((reason) => ({
      value: reason,
      label: t(DISMISS_REASON_LABEL[reason]),
    }));
  }

  function assignChoices(item: Item): QueueChoice[] {
    const me = settings.agentName;
    const names = [...new Set([me, ...settings.colleagues].filter(Boolean))];
    return [
      ...names.map((name) => ({
        value: name,
        label: name === me ? t('queueAssignMe', { name }) : name,
      })),
      // '' is no name anyone can have: it stands for "nobody".
      ...(item.assignee ? [{ value: '', label: t('queueAssignNobody') }] : []),
    ];
  }

  function renderMeta(item: Item) {
    return (
      <QueueItemMeta
        item={item}
        frequent={frequentPeople.has(personIdentityOf(item.platform, item.author))}
        replyWindow={windows.get(item.key)}
      />
    );
  }

  return (
    <div className="queue-view">
      <div className="queue-bar">
        <button
          type="button"
          className="secondary"
          aria-expanded={drawer === 'filters'}
          aria-controls={drawer === 'filters' ? `${drawerId}-filters` : undefined}
          onClick={() => toggle('filters')}
        >
          {filterCount > 0 ? t('queueFiltersActive', { n: filterCount }) : t('queueFilters')}
        </button>
        <QueueSortSelect sort={sort} onSort={setSort} />
        <button
          type="button"
          className="secondary help"
          aria-label={t('queueShortcutsTitle')}
          aria-expanded={drawer === 'shortcuts'}
          aria-controls={drawer === 'shortcuts' ? `${drawerId}-shortcuts` : undefined}
          onClick={() => toggle('shortcuts')}
        >
          {/* The key that opens the list too; the button's name says what it is. */}
          {'?'}
        </button>
      </div>
      {drawer === 'filters' && (
        <QueueFilters
          id={`${drawerId}-filters`}
          items={items}
          filter={filter}
          settings={settings}
          onFilter={setFilter}
        />
      )}
      {drawer === 'shortcuts' && (
        <QueueShortcuts id={`${drawerId}-shortcuts`} savedReplyKeys={savedReplyKeys} />
      )}
      <div role="status" className={notice?.failed ? 'notice failed' : 'notice'}>
        {notice?.text}
      </div>
      <div ref={list}>
        {items.length > 0 && visible.length === 0 ? (
          <p className="empty">{t('queueNoMatch')}</p>
        ) : (
          <WaitingList
            items={visible}
            now={now}
            selectedKey={selected?.key}
            activeKey={cursor?.key}
            renderMeta={renderMeta}
            onSelect={open}
            onReveal={onReveal}
          />
        )}
      </div>
      <QueueDetail
        ref={detailRef}
        selected={selected}
        renderDetail={renderDetail}
        onDismiss={(item) => setDialog({ action: 'dismiss', item })}
        onAssign={(item) => setDialog({ action: 'assign', item })}
      />
      {dialog?.action === 'dismiss' && (
        <QueueChoiceDialog
          title={translateIsolated(t, 'queueDismissTitle', { name: dialog.item.author.name })}
          choices={dismissChoices()}
          onChoose={(reason) =>
            void run(
              () => onDismiss(dialog.item, reason as DismissReason),
              t('queueDismissed', { reason: t(DISMISS_REASON_LABEL[reason as DismissReason]) }),
            )
          }
          onCancel={closeDialog}
        />
      )}
      {dialog?.action === 'assign' && (
        <QueueChoiceDialog
          title={translateIsolated(t, 'queueAssignTitle', { name: dialog.item.author.name })}
          choices={assignChoices(dialog.item)}
          note={settings.agentName ? undefined : <p>{t('queueAssignNoName')}</p>}
          onChoose={(name) =>
            void run(
              () => onAssign(dialog.item, name || undefined),
              name ? t('queueAssignedTo', { name }) : t('queueUnassigned'),
            )
          }
          onCancel={closeDialog}
        />
      )}
    </div>
  );
}
