import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, type Translate, type UiLocale } from '../utils/i18n/translate';

const TranslateContext = createContext<{ t: Translate; locale: UiLocale }>({
  t: createTranslator('en'),
  locale: 'en',
});

export function I18nProvider({ locale, children }: { locale: UiLocale; children: ReactNode }) {
  const value = useMemo(() => ({ t: createTranslator(locale), locale }), [locale]);
  return <TranslateContext.Provider value={value}>{children}</TranslateContext.Provider>;
}

export function useT() {
  return useContext(TranslateContext).t;
}

export function useLocale() {
  return useContext(TranslateContext).locale;
}
