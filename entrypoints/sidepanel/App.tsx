import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Queue } from '../../components/Queue';
import type { SavedReplyKey } from '../../components/QueueShortcuts';
import { useT } from '../../components/i18n';
import { db } from '../../utils/db/database';
import { assignItem, dismissItem } from '../../utils/db/items';
import { activeToneGuide } from '../../utils/db/tone-guides';
import { sendMessage } from '../../utils/messaging/protocol';
import type { Item } from '../../utils/model/item';
import { ItemDetailPanel } from './ItemDetailPanel';
import { useNow, useSettings, useWaitingItems } from '../../components/hooks/live';
import {
  ENGAGEMENT_HALF_LIFE_DAYS,
  isFrequentCommenter,
  topEngagedPeople,
} from '../../utils/stats/engagement';
import { DAY_MS } from '../../utils/stats/inputs';
import { SnapshotButton, type SnapshotOutcome } from '../../components/SnapshotButton';
import { downloadFile } from '../../components/download';
import { PanelAttention, useQueueShown } from './PanelAttention';

/**
 * Items first seen longer ago than six half-lives weigh under 1/64 each: leaving them out keeps
 * the panel from reading the whole history and changes no frequent-commenter verdict in practice.
 */
const ENGAGEMENT_LOOKBACK_MS = 6 * ENGAGEMENT_HALF_LIFE_DAYS * DAY_MS;

const NOBODY: ReadonlySet<string> = new Set();

/** The people whose recent comments and messages make them frequent commenters, live. */
function useFrequentPeople(): ReadonlySet<string> {
  const frequent = useLiveQuery(async () => {
    const now = Date.now();
    const recent = await db.items
      .where('firstSeenAt')
      .above(new Date(now - ENGAGEMENT_LOOKBACK_MS).toISOString())
      .toArray();
    const people = topEngagedPeople(recent, { now, limit: Number.POSITIVE_INFINITY });
    return new Set(
      people.filter((person) => isFrequentCommenter(person.score)).map((p) => p.personKey),
    );
  }, []);
  return frequent ?? NOBODY;
}

/** The saved replies that have a shortcut, for the panel's shortcut list, live. */
function useSavedReplyKeys(): SavedReplyKey[] {
  const guide = useLiveQuery(() => activeToneGuide(db), []);
  return useMemo(
    () =>
      (guide?.templates ?? []).flatMap(({ id, shortcut }) => (shortcut ? [{ shortcut, id }] : [])),
    [guide],
  );
}

async function saveSnapshot(): Promise<SnapshotOutcome> {
  const reply = await sendMessage('ui/snapshot', undefined);
  if (!reply.ok) return 'not-a-platform-page';
  const { snapshot } = reply;
  const name = `svara-snapshot-${snapshot.surface}-${snapshot.capturedAt.slice(0, 10)}.json`;
  downloadFile(new Blob([JSON.stringify(snapshot, null, 2)], { type: 'application/json' }), name);
  return 'saved';
}

/** The side panel: the queue of waiting items, each item's detail and suggestions. */
export function App() {
  const t = useT();
  const now = useNow();
  const items = useWaitingItems();
  const settings = useSettings();
  const frequentPeople = useFrequentPeople();
  const savedReplyKeys = useSavedReplyKeys();
  const queueShown = useQueueShown(items?.length ?? 0);
  const [notice, setNotice] = useState<string | null>(null);

  async function reveal(item: Item) {
    const result = await sendMessage('ui/reveal', { key: item.key, threadKey: item.threadKey });
    setNotice(result.found ? null : t('panelNotOnPage'));
  }

  return (
    <main className="sidepanel">
      <h1>{t('panelTitle')}</h1>
      {notice && <p role="status">{notice}</p>}
      <PanelAttention />
      {items && settings && queueShown && (
        <Queue
          items={items}
          now={now}
          settings={settings}
          frequentPeople={frequentPeople}
          onReveal={(item) => void reveal(item)}
          onDismiss={(item, reason) =>
            dismissItem(db, item.key, reason, settings.agentName).then(() =>
              sendMessage('ui/items-changed', undefined),
            )
          }
          onAssign={(item, assignee) => assignItem(db, item.key, assignee)}
          renderDetail={(item) => <ItemDetailPanel item={item} />}
          savedReplyKeys={savedReplyKeys}
        />
      )}
      {/* For bug reports: below the queue, out of the way of the daily work. */}
      <SnapshotButton onSave={saveSnapshot} />
    </main>
  );
}
