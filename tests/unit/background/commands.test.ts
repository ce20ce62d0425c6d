import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPEN_PANEL_COMMAND, openPanelOnCommand } from '../../../utils/background/commands';
import config from '../../../wxt.config';

const TAB = { id: 3, windowId: 9 } as Browser.tabs.Tab;

describe('the open-panel command', () => {
  let open: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    // fakeBrowser does not implement sidePanel.
    open = vi.fn(async () => {});
    Object.assign(browser, { sidePanel: { open } });
  });
  afterEach(() => {
    Reflect.deleteProperty(browser, 'sidePanel');
    Reflect.deleteProperty(browser, 'sidebarAction');
  });

  it('opens the side panel of the window it was pressed in, before any await', () => {
    openPanelOnCommand(OPEN_PANEL_COMMAND, TAB);
    // Called synchronously: the keyboard gesture would be gone after an await.
    expect(open).toHaveBeenCalledExactlyOnceWith({ windowId: 9 });
  });

  it('ignores other commands and a command without a tab', () => {
    openPanelOnCommand('something-else', TAB);
    openPanelOnCommand(OPEN_PANEL_COMMAND, undefined);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the sidebar on Firefox', () => {
    const sidebarOpen = vi.fn(async () => {});
    Object.assign(browser, { sidebarAction: { open: sidebarOpen } });
    openPanelOnCommand(OPEN_PANEL_COMMAND, TAB);
    expect(sidebarOpen).toHaveBeenCalledOnce();
    expect(open).not.toHaveBeenCalled();
  });

  it('logs a refusal instead of leaving a rejected promise', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    open.mockRejectedValueOnce(new Error('no gesture'));
    openPanelOnCommand(OPEN_PANEL_COMMAND, TAB);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce());
    warn.mockRestore();
  });

  it('is declared in the manifest with a suggested key and a translated description', () => {
    const manifest = config.manifest as (env: { browser: string }) => Record<string, unknown>;
    const commands = manifest({ browser: 'chrome' }).commands as Record<string, unknown>;
    expect(commands[OPEN_PANEL_COMMAND]).toEqual({
      suggested_key: { default: 'Alt+Shift+S' },
      description: '__MSG_commandOpenPanel__',
    });
    for (const locale of ['en', 'sv', 'da', 'nb']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
      expect(messages.commandOpenPanel.message, locale).toBeTruthy();
    }
  });
});
