import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { I18nProvider } from './i18n';
import { pickLocale } from '../utils/i18n/translate';
import './styles.css';

/** The UI language: the browser's own, then the user's preferred languages, else English. */
export function uiLocale() {
  return pickLocale([browser.i18n.getUILanguage(), ...navigator.languages]);
}

/** Mounts an extension page's React tree with the UI language set. */
export function mount(element: ReactNode) {
  const locale = uiLocale();
  document.documentElement.lang = locale;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider locale={locale}>{element}</I18nProvider>
    </StrictMode>,
  );
}
