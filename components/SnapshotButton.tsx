import { useState } from 'react';
import { useT } from './i18n';

export type SnapshotOutcome = 'saved' | 'not-a-platform-page';

export interface SnapshotButtonProps {
  onSave: () => Promise<SnapshotOutcome>;
}

/** Saves the current page, sanitised, with what Svara detected, for a bug report. */
export function SnapshotButton({ onSave }: SnapshotButtonProps) {
  const t = useT();
  const [outcome, setOutcome] = useState<SnapshotOutcome | null>(null);
  return (
    <div className="snapshot">
      <button type="button" className="secondary" onClick={() => void onSave().then(setOutcome)}>
        {t('snapshotSave')}
      </button>
      {outcome && (
        <p role="status">{t(outcome === 'saved' ? 'snapshotSaved' : 'snapshotNotAPlatformPage')}</p>
      )}
    </div>
  );
}
