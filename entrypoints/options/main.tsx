import { useMemo, useState } from 'react';
import { DataSettings } from '../../components/DataSettings';
import { OwnersForm } from '../../components/OwnersForm';
import { StatsView, type StatsPeriodDays } from '../../components/StatsView';
import { TeamSettings } from '../../components/TeamSettings';
import { useT } from '../../components/i18n';
import { db } from '../../utils/db/database';
import { saveSettings } from '../../utils/db/settings';
import { sendMessage } from '../../utils/messaging/protocol';
import type { Settings } from '../../utils/model/settings';
import {
  useDataActions,
  useLastAutoPrune,
  usePeople,
  usePersistentStorage,
  useStatsInputs,
} from '../../utils/ui/data-hooks';
import { useNow, useSettings } from '../../utils/ui/hooks';
import { mount } from '../../utils/ui/mount';
import { ToneGuideSection } from '../../utils/ui/tone-guide-hooks';
import { FirstRunSection } from '../../utils/ui/first-run';
import { useSetUp } from '../../utils/ui/setup-hooks';

/** Saved settings reach the background at once: open tabs rescan, the badge is recomputed. */
async function saveAndNotify(next: Settings) {
  await saveSettings(db, next);
  await sendMessage('ui/settings-changed', undefined);
}

function InsightAndData({ settings }: { settings: Settings }) {
  const now = useNow();
  const stats = useStatsInputs(now);
  const people = usePeople();
  const lastAutoPrune = useLastAutoPrune();
  const actions = useDataActions();
  const [periodDays, setPeriodDays] = useState<StatsPeriodDays>(30);
  usePersistentStorage();
  // Restores and erasures change what waits: let the background recount.
  const notifyingActions = useMemo(
    () => ({
      ...actions,
      restoreBackup: async (json: unknown) => {
        const outcome = await actions.restoreBackup(json);
        await sendMessage('ui/settings-changed', undefined);
        return outcome;
      },
      erasePerson: async (personId: string) => {
        const erased = await actions.erasePerson(personId);
        await sendMessage('ui/settings-changed', undefined);
        return erased;
      },
      eraseAll: async () => {
        await actions.eraseAll();
        await sendMessage('ui/settings-changed', undefined);
      },
    }),
    [actions],
  );
  return (
    <>
      {stats && (
        <StatsView
          items={stats.items}
          responses={stats.responses}
          now={now}
          timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
          targetMinutes={settings.targetMinutes}
          periodDays={periodDays}
          onPeriodChange={setPeriodDays}
        />
      )}
      <DataSettings
        people={people ?? []}
        retentionMonths={settings.retentionMonths}
        lastAutoPrune={lastAutoPrune}
        {...notifyingActions}
      />
    </>
  );
}

function OptionsPage() {
  const t = useT();
  const settings = useSettings();
  const setUp = useSetUp();
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      {settings && <FirstRunSection settings={settings} />}
      {settings && (
        <>
          {setUp && <OwnersForm settings={settings} onSave={saveAndNotify} />}
          <TeamSettings settings={settings} onSave={saveAndNotify} />
          <ToneGuideSection />
          <InsightAndData settings={settings} />
        </>
      )}
    </main>
  );
}

mount(<OptionsPage />);
