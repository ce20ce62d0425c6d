import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../components/Popup';
import { waitingSummary } from '../../utils/stats/waiting';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';
import { NOW, storedItem } from './fixtures';

const ITEMS = [
  // Posted exactly two hours before NOW: the oldest.
  storedItem({ key: 'fb:1', postedAt: '2026-11-20T10:00:00.000Z' }),
  storedItem({ key: 'fb:2', kind: 'dm', threadKey: 'fb:dm:1', postedAt: '2026-11-20T11:50:00Z' }),
  // No postedAt: its wait runs from firstSeenAt (11:00, one hour).
  storedItem({ key: 'li:1', platform: 'linkedin', threadKey: 'li:post:1' }),
  // Answered and dismissed items are not counted.
  storedItem({ key: 'fb:3', status: 'answered', postedAt: '2026-11-19T10:00:00Z' }),
  storedItem({ key: 'li:2', platform: 'linkedin', status: 'dismissed' }),
];
const SUMMARY = waitingSummary(ITEMS, { now: NOW });

function renderPopup(props: Partial<PopupProps> = {}, locale: 'en' | 'sv' = 'en') {
  const onOpenPanel = vi.fn();
  const onOpenOptions = vi.fn();
  const view = renderWithLocale(
    <Popup
      summary={SUMMARY}
      unknownLayout={null}
      onOpenPanel={onOpenPanel}
      onOpenOptions={onOpenOptions}
      {...props}
    />,
    locale,
  );
  return { ...view, onOpenPanel, onOpenOptions };
}

describe('Popup', () => {
  it('shows the total, the count per platform and the oldest wait', () => {
    renderPopup();
    expect(screen.getByRole('heading', { name: 'Waiting for an answer' })).toBeTruthy();
    expect(screen.getByTestId('waiting-count').textContent).toBe('3');
    expect(screen.getByTestId('waiting-facebook').textContent).toBe('Facebook: 2');
    expect(screen.getByTestId('waiting-linkedin').textContent).toBe('LinkedIn: 1');
    expect(screen.getByTestId('oldest').textContent).toBe('Oldest waiting: 2 h');
    expect(screen.queryByText(/Nobody is waiting/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('breaks the count down by platform and kind, and by age', () => {
    renderPopup();
    const perPlatform = screen.getByRole('list', { name: 'Waiting per platform and kind' });
    expect(
      within(perPlatform)
        .getAllByRole('listitem')
        .map((row) => row.textContent),
    ).toEqual(['Facebook: 2 Comments 1 · Messages 1', 'LinkedIn: 1 Comments 1 · Messages 0']);
    expect(screen.getByTestId('waiting-facebook-comment').textContent).toBe('1');
    expect(screen.getByTestId('waiting-facebook-dm').textContent).toBe('1');
    expect(screen.getByTestId('waiting-linkedin-comment').textContent).toBe('1');
    expect(screen.getByTestId('waiting-linkedin-dm').textContent).toBe('0');
    expect(screen.getByTestId('age-under15Minutes').textContent).toBe('Under 15 min: 1');
    expect(screen.getByTestId('age-under24Hours').textContent).toBe('Under 24 h: 2');
    expect(screen.getByTestId('age-older').textContent).toBe('24 h or more: 0');
  });

  it('names each platform once: one compact per-platform form, no second table', () => {
    renderPopup();
    expect(screen.getAllByText(/Facebook/)).toHaveLength(1);
    expect(screen.getAllByText(/LinkedIn/)).toHaveLength(1);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('puts the crises waiting first, in an emphasised line, only when there are some', () => {
    const withCrises = waitingSummary(
      [
        ...ITEMS,
        storedItem({ key: 'fb:4', intent: 'crisis', postedAt: '2026-11-20T11:55:00Z' }),
        storedItem({ key: 'fb:5', intent: 'crisis', threadKey: 'fb:post:2' }),
        // Answered: no longer waiting, not counted.
        storedItem({ key: 'fb:6', intent: 'crisis', status: 'answered' }),
      ],
      { now: NOW },
    );
    const { rerender } = renderPopup({ summary: withCrises });
    const crises = screen.getByTestId('crises-waiting');
    expect(crises.textContent).toBe('Crises waiting: 2');
    // Before the count, so it is the first thing read.
    const count = screen.getByTestId('waiting-count');
    expect(crises.compareDocumentPosition(count) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    rerender(
      <Popup
        summary={SUMMARY}
        unknownLayout={null}
        onOpenPanel={() => {}}
        onOpenOptions={() => {}}
      />,
    );
    expect(screen.queryByTestId('crises-waiting')).toBeNull();
    expect(screen.queryByText(/Crises/)).toBeNull();
  });

  it('has one primary action, opening the reply panel, and Settings as a secondary one', async () => {
    const user = userEvent.setup();
    const { onOpenPanel } = renderPopup();
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Open the reply panel',
      'Settings',
    ]);
    expect(buttons[0].className).toContain('primary');
    expect(buttons[1].className).not.toContain('primary');
    await user.click(buttons[0]);
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
  });

  it('shows the indexed counts while the details load', () => {
    renderPopup({ summary: null, counts: { total: 4, byPlatform: { facebook: 3, linkedin: 1 } } });
    expect(screen.getByTestId('waiting-count').textContent).toBe('4');
    expect(screen.getByTestId('waiting-facebook').textContent).toBe('Facebook: 3');
    expect(screen.queryByTestId('oldest')).toBeNull();
    expect(screen.queryByTestId('waiting-facebook-comment')).toBeNull();
    expect(screen.queryByTestId('age-older')).toBeNull();
  });

  it('names who wrote the oldest item', () => {
    renderPopup({ oldestAuthorName: 'Anna Lindqvist' });
    expect(screen.getByTestId('oldest-author').textContent).toBe('from Anna Lindqvist');
  });

  it('colours the count by the oldest wait', () => {
    renderPopup();
    // Two hours is past the default 15-minute target but under a day.
    expect(screen.getByTestId('waiting-count').className).toContain('level-late');
  });

  it('says nobody is waiting when the count is zero, without per-platform rows', () => {
    renderPopup({ summary: waitingSummary([], { now: NOW }), setUp: true });
    expect(screen.getByTestId('waiting-count').textContent).toBe('0');
    expect(screen.getByText('Nobody is waiting. Well done.')).toBeTruthy();
    expect(screen.queryByTestId('waiting-facebook')).toBeNull();
    expect(screen.queryByTestId('oldest')).toBeNull();
  });

  it('shows no count while the first summary is loading', () => {
    renderPopup({ summary: null });
    expect(screen.queryByTestId('waiting-count')).toBeNull();
    expect(screen.queryByText(/Nobody is waiting/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Open the reply panel' })).toBeTruthy();
  });

  it('warns with an alert when the page layout was not recognised', () => {
    renderPopup({ unknownLayout: { reason: 'no comment list' } });
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Detection needs an update on this page')).toBeTruthy();
    expect(alert.textContent).toContain('Svara did not recognise this page');
  });

  it('calls its callbacks on click', async () => {
    const user = userEvent.setup();
    const { onOpenPanel, onOpenOptions } = renderPopup();
    await user.click(screen.getByRole('button', { name: 'Open the reply panel' }));
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
    expect(onOpenOptions).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
  });

  it('is usable from the keyboard: Tab reaches each button in order, Enter activates it', async () => {
    const user = userEvent.setup();
    const { onOpenPanel, onOpenOptions } = renderPopup();
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Open the reply panel' }),
    );
    await user.keyboard('{Enter}');
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Settings' }));
    await user.keyboard('{Enter}');
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
  });

  it('speaks Swedish', () => {
    renderPopup({ unknownLayout: { reason: 'x' } }, 'sv');
    expect(screen.getByRole('heading', { name: 'Väntar på svar' })).toBeTruthy();
    expect(screen.getByTestId('oldest').textContent).toBe('Längst väntan: 2 tim');
    expect(screen.getByRole('alert').textContent).toContain(
      'Identifieringen behöver uppdateras på den här sidan',
    );
    expect(screen.getByRole('button', { name: 'Öppna svarspanelen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Inställningar' })).toBeTruthy();
    expect(screen.queryByText(/Waiting for an answer|Open the reply panel/)).toBeNull();
  });

  it('speaks Swedish when nobody waits', () => {
    renderPopup({ summary: waitingSummary([], { now: NOW }), setUp: true }, 'sv');
    expect(screen.getByText('Ingen väntar. Bra jobbat.')).toBeTruthy();
  });

  it('has no serious accessibility violations, with and without the warning', async () => {
    const { container, rerender } = renderPopup({ unknownLayout: { reason: 'x' } });
    await expectNoSeriousA11yViolations(container);
    rerender(
      <Popup
        summary={waitingSummary([], { now: NOW })}
        unknownLayout={null}
        onOpenPanel={() => {}}
        onOpenOptions={() => {}}
      />,
    );
    await expectNoSeriousA11yViolations(container);
  });
});
