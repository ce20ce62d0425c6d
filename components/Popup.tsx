import type { WaitingSummary } from '../utils/stats/waiting';
import { formatAge } from '../utils/i18n/translate';
import { useT } from './i18n';

export interface WaitingCounts {
  total: number;
  byPlatform: WaitingSummary['byPlatform'];
}

export interface PopupProps {
  /** Counts from the indexes: shown first, before the details have loaded. */
  counts?: WaitingCounts | null;
  /** Null while the details are loading. */
  summary: WaitingSummary | null;
  /** Set when the active tab's page was not recognised. */
  unknownLayout: { reason: string } | null;
  onOpenPanel: () => void;
  onOpenOptions: () => void;
}

export function Popup({ counts, summary, unknownLayout, onOpenPanel, onOpenOptions }: PopupProps) {
  const t = useT();
  const shown = summary ?? counts;
  return (
    <main className="popup">
      <h1 className="visually-hidden">{t('appName')}</h1>
      {unknownLayout && (
        <div role="alert" className="warning">
          <strong>{t('unknownLayout')}</strong>
          <p>{t('unknownLayoutDetail')}</p>
        </div>
      )}
      {shown && (
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">{t('popupWaiting')}</h2>
          <p className={`count level-${summary?.level ?? 'ok'}`} data-testid="waiting-count">
            {shown.total}
          </p>
          {shown.total === 0 ? (
            <p>{t('popupNobodyWaiting')}</p>
          ) : (
            <>
              <ul className="per-platform">
                {(['facebook', 'linkedin'] as const).map((platform) => (
                  <li key={platform} data-testid={`waiting-${platform}`}>
                    {t(platform === 'facebook' ? 'platformFacebook' : 'platformLinkedin')}:{' '}
                    {shown.byPlatform[platform]}
                  </li>
                ))}
              </ul>
              {summary?.oldest && (
                <p data-testid="oldest">
                  {t('popupOldest', { age: formatAge(summary.oldest.ageMs, t) })}
                </p>
              )}
            </>
          )}
        </section>
      )}
      <div className="actions">
        <button type="button" onClick={onOpenPanel}>
          {t('popupOpenPanel')}
        </button>
        <button type="button" className="secondary" onClick={onOpenOptions}>
          {t('popupOptions')}
        </button>
      </div>
    </main>
  );
}
