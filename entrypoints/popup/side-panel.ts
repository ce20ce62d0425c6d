import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** The current window's id, read ahead so a click can open the panel without awaiting first. */
export function useCurrentWindowId() {
  const [windowId, setWindowId] = useState<number | undefined>();
  useEffect(() => {
    void browser.windows.getCurrent().then((win) => setWindowId(win.id));
  }, []);
  return windowId;
}

/**
 * Opens the reply panel. Must be called synchronously inside a click handler: both Chrome's
 * sidePanel.open and Firefox's sidebarAction.open require the user's gesture.
 */
export function openSidePanel(windowId: number | undefined) {
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } })
    .sidebarAction;
  if (firefoxSidebar) return void firefoxSidebar.open();
  if (windowId !== undefined) void browser.sidePanel.open({ windowId });
}
