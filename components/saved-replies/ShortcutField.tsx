import { useId, useState } from 'react';
import { useT } from '../i18n';
import { PANEL_KEYS, shortcutOf } from '../keys';

/** How the field names a plain key the side panel uses itself. */
const keyLabel = (key: string) => (key === 'Escape' ? 'Esc' : key);

/**
 * Records a shortcut from the keys pressed in it: Alt (and Shift) with a letter or digit; Backspace
 * or Delete removes it; Tab still moves on. A plain key is refused with why, the side panel's own
 * keys by name. `problem` says why the recorded chord cannot be kept (another reply has it…).
 */
export function ShortcutField({
  value,
  problem,
  onChange,
}: {
  value: string;
  problem?: string;
  onChange: (shortcut: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [refused, setRefused] = useState<string | null>(null);
  const error = refused ?? problem;
  return (
    <div className="shortcut">
      <label>
        {t('repliesShortcut')}
        <input
          type="text"
          className="shortcut-field"
          aria-describedby={error ? `${id}-error ${id}-help` : `${id}-help`}
          aria-invalid={error ? true : undefined}
          value={value}
          placeholder={t('repliesShortcutNone')}
          // Typing or pasting changes nothing: only a recorded chord does.
          onChange={() => undefined}
          onKeyDown={(event) => {
            if (event.key === 'Tab') return;
            event.preventDefault();
            if (event.key === 'Backspace' || event.key === 'Delete') {
              setRefused(null);
              onChange('');
              return;
            }
            const shortcut = shortcutOf(event);
            if (shortcut) {
              setRefused(null);
              onChange(shortcut);
            } else if (PANEL_KEYS.has(event.key) && !event.altKey) {
              setRefused(t('repliesShortcutPanelKey', { key: keyLabel(event.key) }));
            } else if (/^(?:Key[A-Z]|Digit[0-9])$/.test(event.code)) {
              setRefused(t('repliesShortcutNeedsAlt'));
            }
          }}
        />
      </label>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <p id={`${id}-help`} className="field-help">
        {t('repliesShortcutHelp')}
      </p>
    </div>
  );
}
