import type { UiLocale } from '../locale';

/**
 * The strings the background shows by itself (the complaint-spike notification), in every UI
 * language. The full catalogues include them, so each is written once; the service worker imports
 * only these instead of every page's strings in four languages.
 */
export const backgroundMessages = {
  en: {
    earlyWarningTitle: 'Complaints are rising',
    earlyWarningSummary: '{count} complaints in the last {hours} h, far more than usual.',
    earlyWarningItemLine: '{name}: {text}',
  },
  sv: {
    earlyWarningTitle: 'Klagomålen ökar',
    earlyWarningSummary: '{count} klagomål de senaste {hours} tim, långt fler än vanligt.',
    earlyWarningItemLine: '{name}: {text}',
  },
  da: {
    earlyWarningTitle: 'Klagerne stiger',
    earlyWarningSummary: '{count} klager de seneste {hours} t, langt flere end normalt.',
    earlyWarningItemLine: '{name}: {text}',
  },
  nb: {
    earlyWarningTitle: 'Klagene øker',
    earlyWarningSummary: '{count} klager de siste {hours} t, langt flere enn vanlig.',
    earlyWarningItemLine: '{name}: {text}',
  },
} as const satisfies Record<UiLocale, Record<string, string>>;

export type BackgroundMessageKey = keyof (typeof backgroundMessages)['en'];
