import { useId, useRef, useState } from 'react';
import type { MessageKey } from '../../utils/i18n/translate';
import { KNOWN_VARIABLES, type VariableName } from '../../utils/tone/variables';
import { useT } from '../i18n';

export const VARIABLE_LABEL: Record<VariableName, MessageKey> = {
  firstName: 'variableFirstName',
  pageName: 'variablePageName',
  agentName: 'variableAgentName',
  cursor: 'variableCursor',
};

/**
 * A button that opens the known variables; choosing one inserts it and closes the menu. Escape
 * closes it and returns focus to the button.
 */
export function VariableMenu({ onInsert }: { onInsert: (name: VariableName) => void }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div
      className="variable-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          close();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => setOpen(!open)}
      >
        {t('repliesInsertVariable')}
      </button>
      {open && (
        <ul id={`${id}-list`} aria-label={t('repliesVariables')}>
          {KNOWN_VARIABLES.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setOpen(false);
                  onInsert(name);
                }}
              >
                {t(VARIABLE_LABEL[name])} <code>{`{${name}}`}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
