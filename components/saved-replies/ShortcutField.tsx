import { useId } from 'react';
import { useT } from '../i18n';
import { shortcutOf } from './reply-draft';

/**
 * Records a shortcut from the keys pressed in it: Alt (and Shift) with a letter or digit; Backspace
 * or Delete removes it; Tab still moves on.
 */
export function ShortcutField({
  value,
  onChange,
}: {
  value: string;
  onChange: (shortcut: string) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="shortcut">
      <label>
        {t('repliesShortcut')}
        <input
          type="text"
          className="shortcut-field"
          aria-describedby={`${id}-help`}
          value={value}
          placeholder={t('repliesShortcutNone')}
          // Typing or pasting changes nothing: only a recorded chord does.
          onChange={() => undefined}
          onKeyDown={(event) => {
            if (event.key === 'Tab') return;
            event.preventDefault();
            if (event.key === 'Backspace' || event.key === 'Delete') onChange('');
            const shortcut = shortcutOf(event);
            if (shortcut) onChange(shortcut);
          }}
        />
      </label>
      <p id={`${id}-help`} className="field-help">
        {t('repliesShortcutHelp')}
      </p>
    </div>
  );
}
