import { browser, type Browser } from 'wxt/browser';

/** The manifest's keyboard command (wxt.config.ts) that opens the reply panel. */
export const OPEN_PANEL_COMMAND = 'open-panel';

/**
 * Opens the side panel (Firefox: the sidebar) for the window the shortcut was pressed in.
 * Synchronous on purpose: the browser only grants the keyboard gesture until the first await.
 */
export function openPanelOnCommand(command: string, tab?: Browser.tabs.Tab) {
  if (command !== OPEN_PANEL_COMMAND) return;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } })
    .sidebarAction;
  const opened = firefoxSidebar
    ? firefoxSidebar.open()
    : tab?.windowId !== undefined
      ? browser.sidePanel.open({ windowId: tab.windowId })
      : undefined;
  opened?.catch((error: unknown) => console.warn('[svara] could not open the panel:', error));
}
