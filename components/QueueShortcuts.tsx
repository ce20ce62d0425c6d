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

/** Opened from the queue bar's "?" button or the `?` key. */
export function QueueShortcuts({ id }: { id: string }) {
  const t = useT();
  return (
    <section id={id} className="shortcuts" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('queueShortcutsTitle')}</h2>
      <dl>
        {SHORTCUTS.map(({ keys, action }) => (
          <div key={action}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' / '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(action)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
