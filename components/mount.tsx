import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { I18nProvider } from './i18n';
import { pickLocale, type UiLocale } from '../utils/i18n/translate';
import './styles.css';

/** The UI language: the browser's own, then the user's preferred languages, else English. */
export function uiLocale() {
  return pickLocale([browser.i18n.getUILanguage(), ...navigator.languages]);
}

/** What every extension page's React tree sits in; tests render a page's App inside it too. */
export function PageRoot({ locale, children }: { locale: UiLocale; children: ReactNode }) {
  return (
    <StrictMode>
      <I18nProvider locale={locale}>{children}</I18nProvider>
    </StrictMode>
  );
}

/** Mounts an extension page's React tree with the UI language set. */
export function mount(element: ReactNode) {
  const locale = uiLocale();
  document.documentElement.lang = locale;
  createRoot(document.getElementById('root')!).render(
    <PageRoot locale={locale}>{element}</PageRoot>,
  );
}
