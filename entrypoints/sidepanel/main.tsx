import { useState } from 'react';
import { WaitingList } from '../../components/WaitingList';
import { useT } from '../../components/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import type { Item } from '../../utils/model/item';
import { mount } from '../../utils/ui/mount';
import { useNow, useWaitingItems } from '../../utils/ui/hooks';

function SidePanelPage() {
  const t = useT();
  const now = useNow();
  const items = useWaitingItems();
  const [selectedKey, setSelectedKey] = useState<string>();
  const [notice, setNotice] = useState<string | null>(null);

  async function reveal(item: Item) {
    const result = await sendMessage('ui/reveal', { key: item.key, threadKey: item.threadKey });
    setNotice(result.found ? null : t('panelNotOnPage'));
  }

  const sorted = [...(items ?? [])].sort((a, b) =>
    (a.postedAt ?? a.firstSeenAt).localeCompare(b.postedAt ?? b.firstSeenAt),
  );
  return (
    <main className="sidepanel">
      <h1>{t('panelTitle')}</h1>
      {notice && <p role="status">{notice}</p>}
      {items && (
        <WaitingList
          items={sorted}
          now={now}
          selectedKey={selectedKey}
          onSelect={(item) => setSelectedKey(item.key)}
          onReveal={(item) => void reveal(item)}
        />
      )}
    </main>
  );
}

mount(<SidePanelPage />);
