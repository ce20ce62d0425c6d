import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Queue, type QueueProps } from '../../components/Queue';
import type { Item } from '../../utils/model/item';
import { personIdentityOf } from '../../utils/model/person';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';
import { NOW, storedItem } from './fixtures';

// NOW is 2026-11-20T12:00Z.
const ANNA = storedItem({
  key: 'fb:c1',
  postedAt: '2026-11-20T10:00:00Z',
  language: 'sv',
  intent: 'question',
});
// 16 hours: 8 h left in Meta's 24-hour window, the soonest to close.
const BO = dm('fb:d1', 'Bo Ek', '2026-11-19T20:00:00Z', { language: 'en' });
const CECILIA = storedItem({
  key: 'li:c1',
  platform: 'linkedin',
  threadKey: 'li:post:1',
  author: { name: 'Cecilia Berg' },
  text: 'Great launch!',
  postedAt: '2026-11-20T11:50:00Z',
  language: 'en',
  intent: 'praise',
  assignee: 'Karin',
});
// 1 hour: 23 h left in the 24-hour window.
const DAG = dm('fb:d2', 'Dag Holm', '2026-11-20T11:00:00Z', { language: 'sv' });
// 10 days: both windows closed.
const ERIK = dm('fb:d3', 'Erik Sand', '2026-11-10T12:00:00Z', { intent: 'complaint' });
const ITEMS = [ANNA, BO, CECILIA, DAG, ERIK];

function dm(key: string, name: string, postedAt: string, extra: Partial<Item> = {}): Item {
  return storedItem({
    key,
    kind: 'dm',
    threadKey: `${key}:thread`,
    author: { name },
    text: `Message from ${name}`,
    postedAt,
    ...extra,
  });
}

function renderQueue(props: Partial<QueueProps> = {}, locale: 'en' | 'sv' = 'en') {
  const onReveal = vi.fn<QueueProps['onReveal']>();
  const onDismiss = vi.fn<QueueProps['onDismiss']>(async () => {});
  const onAssign = vi.fn<QueueProps['onAssign']>(async () => {});
  const view = renderWithLocale(
    <Queue
      items={ITEMS}
      now={NOW}
      settings={{ agentName: 'Eva', colleagues: ['Karin', 'Lars'] }}
      frequentPeople={new Set()}
      onReveal={onReveal}
      onDismiss={onDismiss}
      onAssign={onAssign}
      {...props}
    />,
    locale,
  );
  return { ...view, onReveal, onDismiss, onAssign, user: userEvent.setup() };
}

const rows = () => screen.queryAllByTestId('waiting-item');
const authors = () => rows().map((row) => row.querySelector('.author')!.textContent);
const activeAuthor = () => document.querySelector('li.active .author')?.textContent;
const detail = () => screen.getByRole('region', { name: 'Selected item' });
const openFilters = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: /^Filters/ }));

describe('Queue: sorting and filters', () => {
  it('lists crises, then complaints, then the rest, each longest wait first, and marks them', async () => {
    const frida = storedItem({
      key: 'fb:c9',
      author: { name: 'Frida Nyström' },
      text: 'Det luktar gas i er butik på Kungsgatan',
      postedAt: '2026-11-20T11:58:00Z',
      intent: 'crisis',
    });
    const { user } = renderQueue({ items: [...ITEMS, frida] });
    expect(authors()).toEqual([
      'Frida Nyström',
      'Erik Sand',
      'Bo Ek',
      'Anna Lindqvist',
      'Dag Holm',
      'Cecilia Berg',
    ]);
    const marks = rows().map(
      (row) => within(row).queryByTestId('urgent-marker')?.textContent ?? null,
    );
    expect(marks).toEqual(['Crisis', 'Complaint', null, null, null, null]);

    await user.selectOptions(screen.getByLabelText('Sort by'), 'Longest wait first');
    expect(authors()).toEqual([
      'Erik Sand',
      'Bo Ek',
      'Anna Lindqvist',
      'Dag Holm',
      'Cecilia Berg',
      'Frida Nyström',
    ]);
  });

  it('sorts by reply window: closing soonest first, then the rest by age, closed windows last', async () => {
    const { user } = renderQueue();
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Reply window closing first');
    expect(authors()).toEqual(['Bo Ek', 'Dag Holm', 'Anna Lindqvist', 'Cecilia Berg', 'Erik Sand']);
  });

  it('keeps the filters in a drawer whose button counts the active ones, the list first', async () => {
    const { user } = renderQueue();
    const button = screen.getByRole('button', { name: 'Filters' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByLabelText('Platform')).toBeNull();
    expect(rows()).toHaveLength(5);
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-controls')!)!.tagName).toBe(
      'FIELDSET',
    );
    await user.selectOptions(screen.getByLabelText('Platform'), 'Facebook');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Messages');
    expect(button.textContent).toBe('Filters (2)');
    // Closed, the drawer keeps its filters: the button still says how many narrow the list.
    await user.click(button);
    expect(screen.queryByLabelText('Platform')).toBeNull();
    expect(screen.getByRole('button', { name: 'Filters (2)' })).toBeTruthy();
    expect(authors()).toEqual(['Erik Sand', 'Bo Ek', 'Dag Holm']);
  });

  it('filters by platform and kind', async () => {
    const { user } = renderQueue();
    await openFilters(user);
    await user.selectOptions(screen.getByLabelText('Platform'), 'LinkedIn');
    expect(authors()).toEqual(['Cecilia Berg']);
    await user.selectOptions(screen.getByLabelText('Platform'), 'Facebook');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Messages');
    expect(authors()).toEqual(['Erik Sand', 'Bo Ek', 'Dag Holm']);
  });

  it('offers the languages and intents present, named in the UI language, and filters by them', async () => {
    const { user } = renderQueue();
    await openFilters(user);
    const language = screen.getByLabelText('Language');
    expect(
      within(language)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'English', 'Swedish']);
    await user.selectOptions(language, 'Swedish');
    expect(authors()).toEqual(['Anna Lindqvist', 'Dag Holm']);
    await user.selectOptions(language, 'All');
    const intent = screen.getByLabelText('Intent');
    expect(
      within(intent)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'Complaint', 'Praise', 'Question']);
    await user.selectOptions(intent, 'Complaint');
    expect(authors()).toEqual(['Erik Sand']);
  });

  it('filters by assignee: someone, or nobody yet', async () => {
    const { user } = renderQueue();
    await openFilters(user);
    const assignee = screen.getByLabelText('Assigned to');
    expect(
      within(assignee)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'Nobody yet', 'Me (Eva)', 'Karin', 'Lars']);
    await user.selectOptions(assignee, 'Karin');
    expect(authors()).toEqual(['Cecilia Berg']);
    await user.selectOptions(assignee, 'Nobody yet');
    expect(authors()).toEqual(['Erik Sand', 'Bo Ek', 'Anna Lindqvist', 'Dag Holm']);
    await user.selectOptions(assignee, 'Lars');
    expect(rows()).toHaveLength(0);
    expect(screen.getByText('No waiting item matches these filters.')).toBeTruthy();
  });

  it('shows the assignee, the reply window and the frequent-commenter marker on a row', () => {
    renderQueue({ frequentPeople: new Set([personIdentityOf('facebook', ANNA.author)]) });
    const [erik, bo, anna, , cecilia] = rows();
    expect(within(anna).getByText('Frequent commenter')).toBeTruthy();
    expect(within(bo).queryByText('Frequent commenter')).toBeNull();
    expect(within(cecilia).getByText('Assigned to Karin')).toBeTruthy();
    expect(bo.textContent).toContain('24-hour window: 8 h left');
    expect(erik.textContent).toContain('Both reply windows have closed');
    expect(anna.textContent).not.toContain('window');
  });
});

describe('Queue: keyboard', () => {
  it('lists its shortcuts behind the "?" button and the ? key', async () => {
    const { user } = renderQueue();
    const help = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(help.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).toBeNull();
    await user.keyboard('?');
    expect(help.getAttribute('aria-expanded')).toBe('true');
    await user.click(help);
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).toBeNull();
    await user.click(help);
    const shortcuts = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    expect(within(shortcuts).getByText('Show or hide this list')).toBeTruthy();
    for (const action of ['Next item', 'Previous item', 'Open the item to reply', 'Show on page']) {
      expect(within(shortcuts).getByText(action)).toBeTruthy();
    }
    expect(within(shortcuts).getByText('Dismiss, with a reason')).toBeTruthy();
    expect(within(shortcuts).getByText('Claim or assign to a colleague')).toBeTruthy();
    expect(within(shortcuts).getByText('j')).toBeTruthy();
    expect(within(shortcuts).getByText('Put suggestion 1, 2 or 3 in your reply')).toBeTruthy();
    expect(within(shortcuts).getByText('Fill reply box (you press send)')).toBeTruthy();
    expect(within(shortcuts).getByText('Write your reply')).toBeTruthy();
    expect(within(shortcuts).getByText('Back to the list, or close a menu')).toBeTruthy();
  });

  it('j/k and the arrows move a cursor that takes the focus; Enter opens the item', async () => {
    const { user } = renderQueue();
    expect(activeAuthor()).toBeUndefined();
    await user.keyboard('j');
    expect(activeAuthor()).toBe('Erik Sand');
    await user.keyboard('jj');
    expect(activeAuthor()).toBe('Anna Lindqvist');
    await user.keyboard('k');
    expect(activeAuthor()).toBe('Bo Ek');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeAuthor()).toBe('Dag Holm');
    await user.keyboard('{ArrowUp}');
    expect(activeAuthor()).toBe('Anna Lindqvist');
    expect(document.activeElement).toBe(document.querySelector('li.active .item-main'));
    // Stops at the ends.
    await user.keyboard('kkkkk');
    expect(activeAuthor()).toBe('Erik Sand');

    expect(
      within(detail()).getByText('Pick an item in the list to read and answer it.'),
    ).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(within(detail()).getByText('Message from Erik Sand')).toBeTruthy();
    expect(document.querySelector('li.selected .author')!.textContent).toBe('Erik Sand');
  });

  it('Enter opens the cursor item when the focus is elsewhere too', async () => {
    const { user } = renderQueue();
    await user.keyboard('jj');
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Enter}');
    expect(within(detail()).getByText('Message from Bo Ek')).toBeTruthy();
  });

  it('o shows the cursor item on the page', async () => {
    const { user, onReveal } = renderQueue();
    await user.keyboard('jjo');
    expect(onReveal).toHaveBeenCalledExactlyOnceWith(BO);
  });

  it('leaves keys alone while a person types in the detail view', async () => {
    const { user, onReveal } = renderQueue({
      renderDetail: (item) => <textarea aria-label={`Reply to ${item.author.name}`} />,
    });
    await user.keyboard('j{Enter}');
    const editor = screen.getByLabelText('Reply to Erik Sand');
    await user.click(editor);
    await user.keyboard('jokad{Enter}');
    expect((editor as HTMLTextAreaElement).value).toBe('jokad\n');
    expect(activeAuthor()).toBe('Erik Sand');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onReveal).not.toHaveBeenCalled();
  });

  it('d opens the reasons, arrows move, Enter dismisses with the chosen reason', async () => {
    const { user, onDismiss } = renderQueue();
    await user.keyboard('jjd');
    const dialog = screen.getByRole('dialog', { name: 'Why does Bo Ek need no answer from us?' });
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['No reply needed', 'Handled elsewhere', 'Spam', 'Cancel']);
    // Spam, which marks the person, is never the choice an unthinking Enter makes.
    expect(document.activeElement!.textContent).toBe('No reply needed');
    // The queue's keys do not act behind the dialog.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement!.textContent).toBe('Handled elsewhere');
    expect(activeAuthor()).toBe('Bo Ek');
    await user.keyboard('{Enter}');
    expect(onDismiss).toHaveBeenCalledExactlyOnceWith(BO, 'handled-elsewhere');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText('Dismissed: Handled elsewhere.')).toBeTruthy();
  });

  it('Escape closes the reasons without dismissing and returns the focus to the row', async () => {
    const { user, onDismiss } = renderQueue();
    await user.keyboard('jd');
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onDismiss).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(document.querySelector('li.active .item-main'));
  });

  it('Tab stays inside the dialog', async () => {
    const { user } = renderQueue();
    await user.keyboard('jd');
    await user.tab({ shift: true });
    expect(document.activeElement!.textContent).toBe('Cancel');
    await user.tab();
    expect(document.activeElement!.textContent).toBe('No reply needed');
  });

  it('a offers to claim for yourself or assign to a colleague', async () => {
    const { user, onAssign } = renderQueue();
    await user.keyboard('ja');
    const dialog = screen.getByRole('dialog', { name: 'Who answers Erik Sand?' });
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Me (Eva)', 'Karin', 'Lars', 'Cancel']);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onAssign).toHaveBeenCalledExactlyOnceWith(ERIK, 'Lars');
    expect(await screen.findByText('Assigned to Lars')).toBeTruthy();
  });

  it('an assigned item can be given back to nobody', async () => {
    const { user, onAssign } = renderQueue();
    await user.keyboard('jjjjja');
    const dialog = screen.getByRole('dialog', { name: 'Who answers Cecilia Berg?' });
    await user.click(within(dialog).getByRole('button', { name: 'Nobody: unassign' }));
    expect(onAssign).toHaveBeenCalledExactlyOnceWith(CECILIA, undefined);
    expect(await screen.findByText('Nobody is assigned now.')).toBeTruthy();
  });

  it('without your own name, says where to set it and offers the colleagues', async () => {
    const { user } = renderQueue({ settings: { agentName: '', colleagues: ['Karin'] } });
    await user.keyboard('ja');
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByText('Add your name in the settings to claim items yourself.'),
    ).toBeTruthy();
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Karin', 'Cancel']);
  });

  it('reports a failed write instead of claiming success', async () => {
    const { user } = renderQueue({
      onDismiss: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
    await user.keyboard('jd{Enter}');
    expect(
      await screen.findByText(
        'Could not save: the disk is full, or the browser gives Svara no more room. Free some space and try again; nothing was changed.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('QuotaExceededError: The quota has been exceeded.')).toBeTruthy();
  });
});

describe('Queue: a long queue', () => {
  // Oldest first: person 0 has waited longest.
  const many = Array.from({ length: 1000 }, (_, index) =>
    storedItem({
      key: `fb:long${index}`,
      author: { name: `Person ${index}` },
      text: `Question number ${index}`,
      postedAt: new Date(NOW.getTime() - (2000 - index) * 60_000).toISOString(),
      intent: 'question',
    }),
  );
  const shownAuthors = () => rows().map((row) => row.querySelector('.author')!.textContent);

  it('renders only a window of its 1,000 rows, which follows j/k; Enter opens the cursor row', async () => {
    const { user, container } = renderQueue({ items: many });
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(60);
    expect(shownAuthors()[0]).toBe('Person 0');
    // Each row still says where it is in the whole list.
    const first = rows()[0];
    expect([first.getAttribute('aria-posinset'), first.getAttribute('aria-setsize')]).toEqual([
      '1',
      '1000',
    ]);

    await user.keyboard('j'.repeat(40));
    expect(activeAuthor()).toBe('Person 39');
    expect(document.activeElement).toBe(document.querySelector('li.active .item-main'));
    expect(rows().length).toBeLessThan(60);
    expect(shownAuthors()).not.toContain('Person 0');
    const active = document.querySelector('li.active')!;
    expect(active.getAttribute('aria-posinset')).toBe('40');

    await user.keyboard('kk');
    expect(activeAuthor()).toBe('Person 37');
    await user.keyboard('{Enter}');
    expect(within(detail()).getByText('Question number 37')).toBeTruthy();
    await expectNoSeriousA11yViolations(container);
  });
});

describe('Queue: detail slot and safety', () => {
  it('renders the detail view given for the selected item, with dismiss and assign buttons', async () => {
    const renderDetail = vi.fn((item: Item) => <p>{`Detail of ${item.key}`}</p>);
    const { user, onDismiss } = renderQueue({ renderDetail });
    await user.click(within(rows()[2]).getByText('Har ni öppet på söndag?'));
    expect(within(detail()).getByText('Detail of fb:c1')).toBeTruthy();
    expect(renderDetail).toHaveBeenLastCalledWith(ANNA);
    await user.click(within(detail()).getByRole('button', { name: 'Dismiss…' }));
    await user.click(screen.getByRole('button', { name: 'Spam' }));
    expect(onDismiss).toHaveBeenCalledExactlyOnceWith(ANNA, 'spam');
  });

  it('shows page text in the detail as text, never as markup', async () => {
    const hostile = storedItem({ key: 'fb:h', text: '<img src=x onerror=alert(1)> hi' });
    const { user, container } = renderQueue({ items: [hostile] });
    await user.keyboard('j{Enter}');
    expect(within(detail()).getByText('<img src=x onerror=alert(1)> hi')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it('speaks Swedish', async () => {
    const { user } = renderQueue({}, 'sv');
    expect(screen.getByRole('button', { name: 'Kortkommandon' })).toBeTruthy();
    expect(screen.getByLabelText('Sortera efter')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(within(screen.getByLabelText('Språk')).getByText('Svenska')).toBeTruthy();
    await user.keyboard('jd');
    expect(
      screen.getByRole('dialog', { name: 'Varför behöver Erik Sand inget svar från oss?' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hanterat på annat sätt' })).toBeTruthy();
  });

  it('has no serious accessibility violations, with and without a dialog open', async () => {
    const { user, container } = renderQueue({
      frequentPeople: new Set([personIdentityOf('facebook', ANNA.author)]),
    });
    await openFilters(user);
    await expectNoSeriousA11yViolations(container);
    await user.keyboard('?');
    await expectNoSeriousA11yViolations(container);
    await user.keyboard('j{Enter}');
    await expectNoSeriousA11yViolations(container);
    await user.keyboard('a');
    await expectNoSeriousA11yViolations(container);
  });
});
