import type { WaitingSummary } from '../utils/stats/waiting';
import { formatAge } from '../utils/i18n/translate';
import { useT } from './i18n';

export interface PopupProps {
  /** Null while the first count is loading. */
  summary: WaitingSummary | null;
  /** Set when the active tab's page was not recognised. */
  unknownLayout: { reason: string } | null;
  onOpenPanel: () => void;
  onOpenOptions: () => void;
}

export function Popup({ summary, unknownLayout, onOpenPanel, onOpenOptions }: PopupProps) {
  const t = useT();
  return (
    <main className="popup">
      <h1 className="visually-hidden">{t('appName')}</h1>
      {unknownLayout && (
        <div role="alert" className="warning">
          <strong>{t('unknownLayout')}</strong>
          <p>{t('unknownLayoutDetail')}</p>
        </div>
      )}
      {summary && (
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">{t('popupWaiting')}</h2>
          <p className={`count level-${summary.level}`} data-testid="waiting-count">
            {summary.total}
          </p>
          {summary.total === 0 ? (
            <p>{t('popupNobodyWaiting')}</p>
          ) : (
            <>
              <ul className="per-platform">
                {(['facebook', 'linkedin'] as const).map((platform) => (
                  <li key={platform} data-testid={`waiting-${platform}`}>
                    {t(platform === 'facebook' ? 'platformFacebook' : 'platformLinkedin')}:{' '}
                    {summary.byPlatform[platform]}
                  </li>
                ))}
              </ul>
              {summary.oldest && (
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
