import type { MessageKey } from '../../utils/i18n/translate';
import { useT } from '../i18n';

export type ToneGuideOrigin = 'default' | 'import' | 'editor' | 'restore';

export interface ToneGuideRevisionSummary {
  revision: number;
  savedAt: string;
  origin: ToneGuideOrigin;
}

const ORIGIN_KEYS: Record<ToneGuideOrigin, MessageKey> = {
  default: 'toneOriginDefault',
  import: 'toneOriginImport',
  editor: 'toneOriginEditor',
  restore: 'toneOriginRestore',
};

/** Every saved version of the guide, newest first; any but the one in use can be restored. */
export function RevisionList({
  labelledBy,
  revisions,
  activeRevision,
  busy,
  formatDate,
  onRestore,
}: {
  labelledBy: string;
  revisions: ToneGuideRevisionSummary[];
  activeRevision?: number;
  busy: boolean;
  formatDate: (iso: string) => string;
  onRestore: (revision: ToneGuideRevisionSummary) => void;
}) {
  const t = useT();
  return revisions.length === 0 ? (
    <p>{t('toneRevisionsEmpty')}</p>
  ) : (
    <ul aria-labelledby={labelledBy} className="revisions">
      {revisions.map((revision) => {
        const date = formatDate(revision.savedAt);
        return (
          <li key={revision.revision} data-testid="tone-revision">
            <time dateTime={revision.savedAt}>{date}</time>
            {' · '}
            {t(ORIGIN_KEYS[revision.origin])}
            {revision.revision === activeRevision ? (
              <>
                {' · '}
                <strong>{t('toneRevisionInUse')}</strong>
              </>
            ) : (
              <button
                type="button"
                className="secondary"
                disabled={busy}
                aria-label={t('toneRestoreLabel', { date })}
                onClick={() => onRestore(revision)}
              >
                {t('toneRestore')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
