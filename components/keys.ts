/**
 * Keys the panel's shortcuts leave alone: a dialog's own, typing in a field, or a shortcut of the
 * browser or system. Escape in a field is the panel's: it leaves the field.
 */
export function isForSomethingElse(event: KeyboardEvent) {
  const target = event.target as HTMLElement | null;
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return true;
  if (target?.closest('[role="dialog"]')) return true;
  if (event.key === 'Escape') return false;
  return !!target?.isContentEditable || !!target?.closest('input, textarea, select');
}

/**
 * The chord a key press makes as a saved reply's shortcut ("Alt+1", "Alt+Shift+K"), read from the
 * physical key so Alt's special characters on macOS do not matter; null for any other press.
 */
export function shortcutOf(press: {
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  code: string;
}): string | null {
  const key = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(press.code);
  if (!key || !press.altKey || press.ctrlKey || press.metaKey) return null;
  return `Alt+${press.shiftKey ? 'Shift+' : ''}${key[1] ?? key[2]}`;
}

/** The extension's own command that opens the side panel (the manifest in wxt.config.ts). */
export const OPEN_PANEL_CHORD = 'Alt+Shift+S';

/**
 * Chords a saved reply cannot have because something else takes them first: the open-panel
 * command, and the browser's menu (Alt+F, Alt+E) and address bar (Alt+D) on Windows and Linux.
 */
export const TAKEN_CHORDS: Readonly<Record<string, 'command' | 'browser'>> = {
  [OPEN_PANEL_CHORD]: 'command',
  'Alt+F': 'browser',
  'Alt+E': 'browser',
  'Alt+D': 'browser',
};

/** The side panel's own keys, as `KeyboardEvent.key` names them (QueueShortcuts lists them). */
export const PANEL_KEYS: ReadonlySet<string> = new Set([
  ...['j', 'k', 'ArrowDown', 'ArrowUp', 'Enter', 'o', 'd', 'a'],
  ...['1', '2', '3', 'f', 'e', 'Escape', '?'],
]);
