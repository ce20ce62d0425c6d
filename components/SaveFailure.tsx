import type { MessageKey } from '../utils/i18n/translate';
import { storageErrorOf, type StorageErrorKind } from '../utils/db/storage-error';
import { useT } from './i18n';

const MESSAGE: Record<StorageErrorKind, MessageKey> = {
  quota: 'saveFailedQuota',
  database: 'saveFailedDatabase',
  unknown: 'saveFailedUnknown',
};

/** A save the form's own rules refuse, its message already in the UI language. */
export class SaveRefusal extends Error {
  override name = 'SaveRefusal';
}

/**
 * A write that failed, said in the UI language, with the browser's own words folded away for a
 * bug report: those are English whatever the UI speaks.
 */
export function SaveFailure({ error }: { error: unknown }) {
  const t = useT();
  if (error instanceof SaveRefusal) return <p>{t('saveRefused', { reason: error.message })}</p>;
  const { kind, detail } = storageErrorOf(error);
  return (
    <>
      <p>{t(MESSAGE[kind])}</p>
      <details className="failure-detail">
        <summary>{t('saveFailedDetails')}</summary>
        <code lang="en">{detail}</code>
      </details>
    </>
  );
}
