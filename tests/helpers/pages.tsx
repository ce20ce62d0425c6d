import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageRoot } from '../../components/mount';
import type { UiLocale } from '../../utils/i18n/translate';

/** Renders a page's App in the same root mount() gives it, minus the document it mounts into. */
export function renderPage(app: ReactElement, locale: UiLocale = 'en') {
  return render(<PageRoot locale={locale}>{app}</PageRoot>);
}

/** Gives the popup the browser window it is opened in (fakeBrowser has no current window). */
export function openInWindow(windowId: number) {
  const window = { id: windowId, focused: true, incognito: false, alwaysOnTop: false };
  return vi
    .spyOn(fakeBrowser.windows, 'getCurrent')
    .mockImplementation((async () => window) as typeof fakeBrowser.windows.getCurrent);
}
