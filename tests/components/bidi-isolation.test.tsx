import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataSettings } from '../../components/DataSettings';
import { ItemDetail } from '../../components/ItemDetail';
import { OwnersForm } from '../../components/OwnersForm';
import { Popup } from '../../components/Popup';
import { Queue } from '../../components/Queue';
import { StatsView } from '../../components/StatsView';
import { WaitingList } from '../../components/WaitingList';
import type { ResponseLogEntry } from '../../utils/model/response-log';
import { defaultSettings } from '../../utils/model/settings';
import { surfaceOfItem } from '../../entrypoints/sidepanel/ItemDetailPanel';
import { dmReplyWindows, waitingSummary } from '../../utils/stats/waiting';
import { renderWithLocale } from '../helpers/render';
import { NOW, storedItem } from './fixtures';

// U+202E RIGHT-TO-LEFT OVERRIDE turns around everything after it up to the end of its
// paragraph, or of the isolate it is in: "Eve ‮gnp.exe" reads as "Eve exe.png".
const RLO = '\u202E';
const NAME = `Eve ${RLO}gnp.exe`;
const TEXT = `Tack ${RLO}!ah ,gej`;

const evil = storedItem({
  key: 'facebook:comment:1',
  author: { name: NAME, profileUrl: 'https://www.facebook.com/eve' },
  text: TEXT,
  postedAt: '2026-11-20T10:00:00.000Z',
});

/**
 * Every text node that holds the override sits in a <bdi> holding exactly one name or message,
 * so the override ends with it. Returns how many there are, for the caller to check none was
 * missed.
 */
function isolatedPageTexts(container: HTMLElement): number {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.includes(RLO)) continue;
    count += 1;
    const isolate = node.parentElement?.closest('bdi');
    expect(isolate ?? null, `"${node.textContent}" is not in a <bdi>`).not.toBeNull();
    expect([NAME, TEXT]).toContain(isolate!.textContent);
  }
  return count;
}

describe('names and page text are isolated', () => {
  it('in the queue rows', () => {
    const { container } = renderWithLocale(
      <WaitingList items={[evil]} now={NOW} onSelect={() => {}} onReveal={() => {}} />,
    );
    // The author and the text.
    expect(isolatedPageTexts(container)).toBe(2);
  });

  it('in the item detail', () => {
    const { container } = renderWithLocale(
      <ItemDetail
        item={evil}
        result={null}
        guide={null}
        surface={surfaceOfItem(evil)}
        onLanguageChange={() => {}}
        onFill={vi.fn()}
        onCopy={vi.fn()}
      />,
    );
    // The heading names the author; the quote holds the text.
    expect(isolatedPageTexts(container)).toBe(2);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`Reply to ${NAME}`);
  });

  it('in the queue: its rows, the selected item and the dismiss and assign dialogs', async () => {
    const user = userEvent.setup();
    const { container } = renderWithLocale(
      <Queue
        items={[evil]}
        now={NOW}
        settings={{ agentName: 'Eva', colleagues: [] }}
        frequentPeople={new Set()}
        onReveal={() => {}}
        onDismiss={async () => {}}
        onAssign={async () => {}}
      />,
    );
    await user.click(screen.getAllByTestId('waiting-item')[0]!.querySelector('button')!);
    // Row author and text, detail author and text.
    expect(isolatedPageTexts(container)).toBe(4);
    await user.click(screen.getByRole('button', { name: 'Dismiss…' }));
    expect(isolatedPageTexts(container)).toBe(5);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Assign…' }));
    expect(isolatedPageTexts(container)).toBe(5);
  });

  it('in the popup: the oldest waiting author and the reply windows', () => {
    const dm = { ...evil, key: 'facebook:dm:1', kind: 'dm' as const, threadKey: 'facebook:t:1' };
    const { container } = renderWithLocale(
      <Popup
        summary={waitingSummary([dm], { now: NOW })}
        unknownLayout={null}
        oldestAuthorName={NAME}
        replyWindows={dmReplyWindows([dm], { now: NOW }).map((window) => ({
          ...window,
          authorName: NAME,
        }))}
        onOpenPanel={() => {}}
        onOpenOptions={() => {}}
      />,
    );
    expect(isolatedPageTexts(container)).toBe(2);
  });

  it('in the statistics: top engagers, their messages and the breaches', () => {
    const answered = storedItem({
      ...evil,
      status: 'answered',
      answered: true,
      waiting: false,
      firstSeenAt: '2026-11-19T08:00:00.000Z',
    });
    const late: ResponseLogEntry = {
      itemKey: answered.key,
      platform: 'facebook',
      kind: 'comment',
      respondedAt: '2026-11-19T10:00:00.000Z',
      waitedMs: 2 * 60 * 60_000,
      agent: 'Maja',
      via: 'manual',
    };
    const { container } = renderWithLocale(
      <StatsView
        items={[answered]}
        responses={[late]}
        now={NOW}
        timeZone="Europe/Stockholm"
        targetMinutes={15}
        periodDays={7}
        onPeriodChange={() => {}}
      />,
    );
    const engagers = screen.getByTestId('stats-engagers');
    const breaches = screen.getByTestId('stats-breaches');
    expect(isolatedPageTexts(engagers)).toBe(2);
    expect(isolatedPageTexts(breaches)).toBe(2);
    expect(isolatedPageTexts(container)).toBe(4);
  });

  it('in the data settings: the people list, the confirmation and the status', async () => {
    const user = userEvent.setup();
    const person = {
      id: 'facebook:https://www.facebook.com/eve',
      name: NAME,
      platform: 'facebook' as const,
    };
    renderWithLocale(
      <DataSettings
        people={[person]}
        retentionMonths={0}
        loadResponseLog={async () => []}
        exportBackup={vi.fn()}
        restoreBackup={vi.fn()}
        erasePerson={async () => ({ items: 1, responses: 0 })}
        eraseAll={async () => {}}
        saveRetention={vi.fn()}
      />,
    );
    // An <option> can hold only text: there the isolate is the FSI … PDI pair.
    const option = within(screen.getByLabelText('Person')).getAllByRole('option')[1]!;
    expect(option.textContent).toBe(`\u2068${NAME}\u2069 (Facebook)`);
    await user.selectOptions(screen.getByLabelText('Person'), person.id);
    await user.click(screen.getByRole('button', { name: 'Erase this person’s data' }));
    const confirmation = screen.getByRole('alertdialog');
    expect(isolatedPageTexts(confirmation)).toBe(1);
    await user.click(within(confirmation).getByRole('button', { name: 'Yes, erase' }));
    const status = screen.getByTestId('data-status');
    expect(status.textContent).toBe(`Erased ${NAME}: 1 items and 0 log entries.`);
    expect(isolatedPageTexts(status)).toBe(1);
  });

  it('in the owners list, where names the page revealed are shown', () => {
    const owner = { platform: 'facebook' as const, name: NAME, source: 'page' as const };
    const { container } = renderWithLocale(
      <OwnersForm settings={{ ...defaultSettings, owners: [owner] }} onSave={vi.fn()} />,
    );
    expect(isolatedPageTexts(container)).toBe(1);
  });
});
