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
