import { OwnersForm } from '../../components/OwnersForm';
import { useT } from '../../components/i18n';
import { db } from '../../utils/db/database';
import { saveSettings } from '../../utils/db/settings';
import { sendMessage } from '../../utils/messaging/protocol';
import { mount } from '../../utils/ui/mount';
import { useSettings } from '../../utils/ui/hooks';

function OptionsPage() {
  const t = useT();
  const settings = useSettings();
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      {settings && (
        <OwnersForm
          settings={settings}
          onSave={async (next) => {
            await saveSettings(db, next);
            // Open platform tabs rescan with the new identities.
            await sendMessage('ui/settings-changed', undefined);
          }}
        />
      )}
    </main>
  );
}

mount(<OptionsPage />);
