import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../components/i18n';
import type { UiLocale } from '../../utils/i18n/translate';

/** Renders a component inside the translation context, as mount() does on extension pages. */
export function renderWithLocale(
  ui: ReactElement,
  locale: UiLocale = 'en',
  options?: Omit<RenderOptions, 'wrapper'>,
) {
  return render(ui, {
    ...options,
    wrapper: ({ children }) => <I18nProvider locale={locale}>{children}</I18nProvider>,
  });
}
