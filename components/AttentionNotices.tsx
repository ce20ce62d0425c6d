import { useT } from './i18n';

export interface AttentionNoticesProps {
  /** The browser's storage is full and new items cannot be saved. */
  storageProblem: boolean;
  /** An open page's last scan did not recognise its layout. */
  unknownLayout: boolean;
}

/** Why the count may be short, said where the count is (popup, side panel). */
export function AttentionNotices({ storageProblem, unknownLayout }: AttentionNoticesProps) {
  const t = useT();
  return (
    <>
      {storageProblem && (
        <div role="alert" className="warning" data-testid="storage-problem">
          <strong>{t('storageFull')}</strong>
          <p>{t('storageFullDetail')}</p>
        </div>
      )}
      {unknownLayout && (
        <div role="alert" className="warning">
          <strong>{t('unknownLayout')}</strong>
          <p>{t('unknownLayoutDetail')}</p>
        </div>
      )}
    </>
  );
}
