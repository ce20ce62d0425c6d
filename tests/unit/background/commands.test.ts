import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPEN_PANEL_COMMAND, openPanelOnCommand } from '../../../utils/background/commands';
import { UI_LOCALES } from '../../../utils/i18n/locale';
import config from '../../../wxt.config';

const TAB = { id: 3, windowId: 9 } as Browser.tabs.Tab;

interface DeclaredCommand {
  suggested_key?: { default?: string };
  description?: string;
}

/** A shortcut Chrome and Firefox accept: Ctrl or Alt (Command on macOS), maybe Shift, one key. */
const SHORTCUT = /^(Ctrl|Alt|Command|MacCtrl)\+(Shift\+)?[A-Z0-9]$/;

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

  it.each(['chrome', 'firefox'])(
    'every command the %s manifest declares is handled, has a shortcut and a description in each UI language',
    (target) => {
      const manifest = config.manifest as (env: { browser: string }) => Record<string, unknown>;
      const commands = manifest({ browser: target }).commands as Record<string, DeclaredCommand>;
      expect(Object.keys(commands).length).toBeGreaterThan(0);
      for (const [name, declared] of Object.entries(commands)) {
        // The background passes every command to openPanelOnCommand: a declared command it
        // ignores would be a shortcut that does nothing.
        open.mockClear();
        openPanelOnCommand(name, TAB);
        expect(open, name).toHaveBeenCalledOnce();
        expect(declared.suggested_key?.default, name).toMatch(SHORTCUT);
        const messageKey = /^__MSG_(\w+)__$/.exec(declared.description ?? '')?.[1];
        expect(messageKey, `${name} has a __MSG_…__ description`).toBeDefined();
        for (const locale of UI_LOCALES) {
          const messages = JSON.parse(
            readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'),
          ) as Record<string, { message?: string }>;
          expect(messages[messageKey!]?.message, `${name} in ${locale}`).toBeTruthy();
        }
      }
    },
  );
});
