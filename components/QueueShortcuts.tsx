import type { MessageKey } from '../utils/i18n/translate';
import { useT } from './i18n';

/** The queue's keys (Queue.tsx) and the opened item's (ItemDetail.tsx), as the panel lists them. */
const SHORTCUTS: Array<{ keys: string[]; action: MessageKey }> = [
  { keys: ['j', '↓'], action: 'queueKeyNext' },
  { keys: ['k', '↑'], action: 'queueKeyPrevious' },
  { keys: ['Enter'], action: 'queueKeyOpen' },
  { keys: ['o'], action: 'panelShowOnPage' },
  { keys: ['d'], action: 'queueKeyDismiss' },
  { keys: ['a'], action: 'queueKeyAssign' },
  { keys: ['1', '2', '3'], action: 'queueKeyChoose' },
  { keys: ['f'], action: 'queueKeyFill' },
  { keys: ['e'], action: 'queueKeyEdit' },
  { keys: ['Esc'], action: 'queueKeyClose' },
  { keys: ['?'], action: 'queueKeyHelp' },
];

/** A saved reply's chord and the reply it puts in the editor (ItemDetail.tsx). */
export interface SavedReplyKey {
  shortcut: string;
  id: string;
}

/** Opened from the queue bar's "?" button or the `?` key; the saved replies' chords after the panel's own. */
export function QueueShortcuts({
  id,
  savedReplyKeys = [],
}: {
  id: string;
  savedReplyKeys?: readonly SavedReplyKey[];
}) {
  const t = useT();
  const rows = [
    ...SHORTCUTS.map(({ keys, action }) => ({ row: action, keys, text: t(action) })),
    ...savedReplyKeys.map(({ shortcut, id: replyId }) => ({
      row: `saved:${shortcut}`,
      keys: [shortcut],
      text: t('queueKeySavedReply', { id: replyId }),
    })),
  ];
  return (
    <section id={id} className="shortcuts" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('queueShortcutsTitle')}</h2>
      <dl>
        {rows.map(({ row, keys, text }) => (
          <div key={row}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' / '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
