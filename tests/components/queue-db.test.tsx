import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Queue } from '../../components/Queue';
import { SvaraDatabase } from '../../utils/db/database';
import { assignItem, dismissItem } from '../../utils/db/items';
import type { Item } from '../../utils/model/item';
import { isFrequentCommenter, topEngagedPeople } from '../../utils/stats/engagement';
import { renderWithLocale } from '../helpers/render';
import { NOW, storedItem } from './fixtures';

// The side panel's wiring (entrypoints/sidepanel/main.tsx) minus mount() and the clock: waiting
// items live from Dexie, dismiss and assign through the repository functions.
function QueueOverDatabase({ db }: { db: SvaraDatabase }) {
  const items = useLiveQuery(() => db.items.where('status').equals('waiting').toArray(), [db]);
  const frequent = useLiveQuery(async () => {
    const people = topEngagedPeople(await db.items.toArray(), {
      now: NOW,
      limit: Number.POSITIVE_INFINITY,
    });
    return new Set(people.filter((p) => isFrequentCommenter(p.score)).map((p) => p.personKey));
  }, [db]);
  if (!items || !frequent) return null;
  return (
    <Queue
      items={items}
      now={NOW}
      settings={{ agentName: 'Eva', colleagues: ['Karin'] }}
      frequentPeople={frequent}
      onReveal={() => {}}
      onDismiss={(item, reason) => dismissItem(db, item.key, reason, 'Eva', NOW)}
      onAssign={(item, assignee) => assignItem(db, item.key, assignee)}
    />
  );
}

const ANNA = { name: 'Anna Lindqvist', profileUrl: 'https://www.facebook.com/anna' };
const ITEMS: Item[] = [
  storedItem({ key: 'fb:1', author: ANNA, postedAt: '2026-11-20T09:00:00Z' }),
  storedItem({ key: 'fb:2', author: { name: 'Bo Ek' }, postedAt: '2026-11-20T10:00:00Z' }),
  storedItem({ key: 'fb:3', author: { name: 'Cecilia Berg' }, postedAt: '2026-11-20T11:00:00Z' }),
  // Anna's earlier comments, answered: three this week make her a frequent commenter.
  ...[1, 2, 3].map((day) =>
    storedItem({
      key: `fb:old${day}`,
      author: { ...ANNA, profileUrl: 'https://www.facebook.com/anna/?ref=comment' },
      status: 'answered',
      waiting: false,
      postedAt: `2026-11-1${day}T12:00:00Z`,
    }),
  ),
];

const authors = () =>
  screen.queryAllByTestId('waiting-item').map((row) => row.querySelector('.author')!.textContent);

describe('Queue over the database', () => {
  let db: SvaraDatabase;
  beforeEach(async () => {
    db = new SvaraDatabase(`queue-${crypto.randomUUID()}`);
    await db.items.bulkAdd(ITEMS);
  });
  afterEach(async () => db.delete());

  it('dismissing with a reason from the keyboard logs it and the cursor moves to the next item', async () => {
    const user = userEvent.setup();
    renderWithLocale(<QueueOverDatabase db={db} />);
    await waitFor(() => expect(authors()).toEqual(['Anna Lindqvist', 'Bo Ek', 'Cecilia Berg']));

    // Bo: j j, d, third reason.
    // The reasons: no reply needed (first), handled elsewhere, spam (last).
    await user.keyboard('jjd{ArrowDown}{Enter}');
    await waitFor(() => expect(authors()).toEqual(['Anna Lindqvist', 'Cecilia Berg']));
    expect(document.querySelector('li.active .author')!.textContent).toBe('Cecilia Berg');

    const bo = await db.items.get('fb:2');
    expect(bo).toMatchObject({ status: 'dismissed', dismissReason: 'handled-elsewhere' });
    const log = await db.responses.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      itemKey: 'fb:2',
      via: 'dismissed',
      dismissReason: 'handled-elsewhere',
      agent: 'Eva',
      respondedAt: NOW.toISOString(),
      waitedMs: 2 * 3_600_000,
    });
  });

  it('claiming from the keyboard stores the assignee and the row shows it', async () => {
    const user = userEvent.setup();
    renderWithLocale(<QueueOverDatabase db={db} />);
    await waitFor(() => expect(authors()).toHaveLength(3));
    await user.keyboard('ja{Enter}');
    await waitFor(async () => expect((await db.items.get('fb:1'))!.assignee).toBe('Eva'));
    const anna = screen.getAllByTestId('waiting-item')[0];
    await waitFor(() => expect(within(anna).getByText('Assigned to Eva')).toBeTruthy());
    expect(await db.responses.count()).toBe(0);
  });

  it('marks an author whose stored items make them a frequent commenter', async () => {
    renderWithLocale(<QueueOverDatabase db={db} />);
    await waitFor(() => expect(authors()).toHaveLength(3));
    const [anna, bo] = screen.getAllByTestId('waiting-item');
    expect(within(anna).getByText('Frequent commenter')).toBeTruthy();
    expect(within(bo).queryByText('Frequent commenter')).toBeNull();
  });
});
