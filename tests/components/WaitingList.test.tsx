import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WaitingList, type WaitingListProps } from '../../components/WaitingList';
import type { Item } from '../../utils/model/item';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';
import { NOW, storedItem } from './fixtures';

const HOSTILE = 'Nice <img src=x onerror=alert(1)> and <script>alert(2)</script> offer!';

const ANNA = storedItem({ key: 'fb:1', postedAt: '2026-11-20T10:00:00Z', text: HOSTILE });
const BO = storedItem({
  key: 'li:1',
  platform: 'linkedin',
  threadKey: 'li:post:1',
  author: { name: 'Bo Ek' },
  text: 'When do you open?',
  firstSeenAt: '2026-11-20T11:55:00.000Z',
});

function renderList(props: Partial<WaitingListProps> = {}, locale: 'en' | 'sv' = 'en') {
  const onSelect = vi.fn<(item: Item) => void>();
  const onReveal = vi.fn<(item: Item) => void>();
  const view = renderWithLocale(
    <WaitingList items={[ANNA, BO]} now={NOW} onSelect={onSelect} onReveal={onReveal} {...props} />,
    locale,
  );
  return { ...view, onSelect, onReveal };
}

const rows = () => screen.getAllByTestId('waiting-item');

describe('WaitingList', () => {
  it('lists each item with platform, author, age and text', () => {
    renderList();
    expect(screen.getByRole('list', { name: 'Waiting' })).toBeTruthy();
    expect(rows()).toHaveLength(2);
    const [first, second] = rows();
    expect(within(first).getByText('Anna Lindqvist')).toBeTruthy();
    expect(within(first).getByText('Facebook')).toBeTruthy();
    expect(within(first).getByText('waiting 2 h')).toBeTruthy();
    expect(within(second).getByText('Bo Ek')).toBeTruthy();
    expect(within(second).getByText('LinkedIn')).toBeTruthy();
    // No postedAt: aged from firstSeenAt.
    expect(within(second).getByText('waiting 5 min')).toBeTruthy();
    expect(within(second).getByText('When do you open?')).toBeTruthy();
  });

  it('renders page text as text: markup in a comment creates no elements', () => {
    const { container } = renderList();
    const text = rows()[0].querySelector('.text')!;
    expect(text.textContent).toBe(HOSTILE);
    expect(text.children).toHaveLength(0);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders a hostile author name as text too', () => {
    const item = storedItem({ key: 'fb:9', author: { name: '<b onmouseover=alert(1)>Eve</b>' } });
    const { container } = renderList({ items: [item] });
    expect(within(rows()[0]).getByText('<b onmouseover=alert(1)>Eve</b>')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
  });

  it('shows a 100 KB text truncated and leaves the item itself whole', () => {
    const long = 'å'.repeat(100_000);
    const item = storedItem({ key: 'fb:long', text: long });
    const before = structuredClone(item);
    renderList({ items: [item] });
    const shown = rows()[0].querySelector('.text')!.textContent!;
    expect(Array.from(shown).length).toBeLessThanOrEqual(281);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.slice(0, -1)).toBe('å'.repeat(280));
    expect(item.text).toHaveLength(100_000);
    expect(item).toEqual(before);
  });

  it('marks an item whose stored text was cut at the cap as shortened, in the UI language', () => {
    const cut = storedItem({ key: 'fb:cut', text: 'x'.repeat(400), truncated: true });
    renderList({ items: [cut, BO] }, 'sv');
    const [first, second] = rows();
    expect(within(first).getByText('Förkortad')).toBeTruthy();
    expect(within(second).queryByText('Förkortad')).toBeNull();
  });

  it('does not split an emoji when truncating', () => {
    const item = storedItem({ key: 'fb:emoji', text: '😀'.repeat(400) });
    renderList({ items: [item] });
    const shown = rows()[0].querySelector('.text')!.textContent!;
    expect(shown).toBe(`${'😀'.repeat(280)}…`);
  });

  it('shows a short text whole, without an ellipsis', () => {
    const text = 'x'.repeat(280);
    renderList({ items: [storedItem({ key: 'fb:280', text })] });
    expect(rows()[0].querySelector('.text')!.textContent).toBe(text);
  });

  it('shows the hidden-reply notice for a collapsed item instead of its text', () => {
    const item = storedItem({ key: 'fb:c', collapsed: true, text: 'Kim replied · 2 replies' });
    renderList({ items: [item] });
    expect(
      within(rows()[0]).getByText('Reply hidden: open the replies on the page to read it.'),
    ).toBeTruthy();
    expect(screen.queryByText('Kim replied · 2 replies')).toBeNull();
  });

  it('selects an item on click and marks the selected one', async () => {
    const user = userEvent.setup();
    const { onSelect, onReveal, rerender } = renderList();
    await user.click(within(rows()[1]).getByText('When do you open?'));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(BO);
    expect(onReveal).not.toHaveBeenCalled();

    rerender(
      <WaitingList
        items={[ANNA, BO]}
        now={NOW}
        selectedKey="li:1"
        onSelect={onSelect}
        onReveal={onReveal}
      />,
    );
    expect(rows()[1].className).toContain('selected');
    expect(rows()[0].className).not.toContain('selected');
    const current = screen.getAllByRole('button').filter((b) => b.getAttribute('aria-current'));
    expect(current).toHaveLength(1);
    expect(within(rows()[1]).getAllByRole('button')[0]).toBe(current[0]);
  });

  it('selects from the keyboard', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderList();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(ANNA);
  });

  it('"Show on page" reveals that item and does not select it', async () => {
    const user = userEvent.setup();
    const { onSelect, onReveal } = renderList();
    await user.click(within(rows()[0]).getByRole('button', { name: 'Show on page' }));
    expect(onReveal).toHaveBeenCalledTimes(1);
    expect(onReveal).toHaveBeenCalledWith(ANNA);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('says nobody is waiting when empty', () => {
    renderList({ items: [] });
    expect(screen.getByText('Nobody is waiting for an answer.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('speaks Swedish', () => {
    renderList({ items: [ANNA] }, 'sv');
    expect(within(rows()[0]).getByText('väntat 2 tim')).toBeTruthy();
    expect(within(rows()[0]).getByRole('button', { name: 'Visa på sidan' })).toBeTruthy();
  });

  it('keeps bidi control characters as inert text inside the bidi-isolated button', () => {
    // Right-to-left override and isolate characters, as a spoofing author might type them.
    const text = 'abc \u202Edcba\u202C \u2067שלום\u2069 end';
    const { container } = renderList({ items: [storedItem({ key: 'fb:bidi', text })] });
    const shown = rows()[0].querySelector('.text')!;
    expect(shown.textContent).toBe(text);
    // The button carries the class whose CSS sets unicode-bidi: plaintext.
    expect(shown.closest('button')!.className).toContain('item-main');
    // Inert: no element or direction attribute is made from the control characters.
    expect(shown.children).toHaveLength(0);
    expect(container.querySelector('[dir]')).toBeNull();
  });

  it('has no serious accessibility violations', async () => {
    const { container, rerender } = renderList({ selectedKey: 'fb:1' });
    await expectNoSeriousA11yViolations(container);
    rerender(<WaitingList items={[]} now={NOW} onSelect={() => {}} onReveal={() => {}} />);
    await expectNoSeriousA11yViolations(container);
  });
});
