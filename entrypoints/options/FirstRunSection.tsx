import { useState } from 'react';
import { FirstRunSetup } from '../../components/FirstRunSetup';
import { useLocale, useT } from '../../components/i18n';
import { db } from '../../utils/db/database';
import { saveFirstRunSetup } from '../../utils/db/setup';
import { sendMessage } from '../../utils/messaging/protocol';
import type { Settings } from '../../utils/model/settings';
import { useSetUp } from '../../components/hooks/setup';

/**
 * The options page's first run: the setup until owners are set, then a word that it is done.
 * The background hears at once, so open tabs rescan with the owners and the badge is recounted.
 */
export function FirstRunSection({ settings }: { settings: Settings }) {
  const t = useT();
  const locale = useLocale();
  const setUp = useSetUp();
  const [done, setDone] = useState(false);
  if (done) return <p role="status">{t('setupDone')}</p>;
  if (setUp !== false) return null;
  return (
    <FirstRunSetup
      settings={settings}
      uiLanguage={locale}
      onComplete={async (setup) => {
        await saveFirstRunSetup(db, setup);
        setDone(true);
        await sendMessage('ui/settings-changed', undefined);
      }}
    />
  );
}
