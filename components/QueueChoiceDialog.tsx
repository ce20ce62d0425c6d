import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from './i18n';

export interface QueueChoice {
  value: string;
  label: string;
}

export interface QueueChoiceDialogProps {
  title: ReactNode;
  choices: QueueChoice[];
  /** Shown above the choices, e.g. why one is missing. */
  note?: ReactNode;
  onChoose: (value: string) => void;
  onCancel: () => void;
}

/**
 * A small modal menu for the queue's dismiss and assign keys: focus starts on the first choice,
 * arrows (or j/k) and Tab move within it, Enter picks, Escape cancels.
 */
export function QueueChoiceDialog({
  title,
  choices,
  note,
  onChoose,
  onCancel,
}: QueueChoiceDialogProps) {
  const t = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.querySelector('button')?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    const buttons = [...(dialog.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 }[event.key];
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (step !== undefined || event.key === 'Tab') {
      event.preventDefault();
      const move = step ?? (event.shiftKey ? -1 : 1);
      buttons[(at + move + buttons.length) % buttons.length]?.focus();
    }
  }

  return (
    <div
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      className="queue-dialog"
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId}>{title}</h2>
      {note}
      <ul>
        {choices.map((choice) => (
          <li key={choice.value}>
            <button type="button" onClick={() => onChoose(choice.value)}>
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('queueCancel')}
      </button>
    </div>
  );
}
