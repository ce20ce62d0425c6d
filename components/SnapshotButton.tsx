import { useState } from 'react';
import { PLATFORMS } from '../utils/platforms/platforms';
import { useLocale, useT } from './i18n';

export type SnapshotOutcome = 'saved' | 'not-a-platform-page';

export interface SnapshotButtonProps {
  onSave: () => Promise<SnapshotOutcome>;
}

/** Saves the current page, sanitised, with what Svara detected, for a bug report. */
export function SnapshotButton({ onSave }: SnapshotButtonProps) {
  const t = useT();
  const locale = useLocale();
  const [outcome, setOutcome] = useState<SnapshotOutcome | null>(null);
  return (
    <div className="snapshot">
      <button type="button" className="secondary" onClick={() => void onSave().then(setOutcome)}>
        {t('snapshotSave')}
      </button>
      {outcome && (
        <p role="status">
          {outcome === 'saved'
            ? t('snapshotSaved')
            : t('snapshotNotAPlatformPage', {
                platforms: new Intl.ListFormat(locale, { type: 'disjunction' }).format(
                  PLATFORMS.map((platform) => platform.name),
                ),
              })}
        </p>
      )}
    </div>
  );
}
