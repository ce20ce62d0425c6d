import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Popup, type PopupProps } from '../../components/Popup';
import type { Item } from '../../utils/model/item';
import { dmReplyWindows, waitingSummary } from '../../utils/stats/waiting';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';
import { NOW, storedItem } from './fixtures';

// NOW is 2026-11-20T12:00Z.
const ITEMS = [
  // 5 minutes: under 15 min.
  storedItem({ key: 'fb:c1', postedAt: '2026-11-20T11:55:00Z' }),
  // 2 hours: under 24 h; its 24-hour window has 22 h left.
  dm('fb:d1', 'Bo Ek', '2026-11-20T10:00:00Z'),
  // 30 hours: 24-hour window closed, 7-day window has 5 d 18 h left.
  dm('fb:d2', 'Cecilia Berg', '2026-11-19T06:00:00Z'),
  // 20 hours: 4 h left in the 24-hour window, the soonest to close.
  dm('fb:d3', 'Dag Holm', '2026-11-19T16:00:00Z'),
  // 10 days: both windows closed.
  dm('fb:d4', 'Erik Sand', '2026-11-10T12:00:00Z'),
  // 3 days, LinkedIn comment: older; the oldest is Erik's DM.
  storedItem({
    key: 'li:c1',
    platform: 'linkedin',
    threadKey: 'li:post:1',
    postedAt: '2026-11-17T12:00:00Z',
  }),
  // 10 minutes, LinkedIn DM: under 15 min. LinkedIn DMs have no Meta windows.
  storedItem({
    key: 'li:d1',
    platform: 'linkedin',
    kind: 'dm',
    threadKey: 'li:dm:1',
    postedAt: '2026-11-20T11:50:00Z',
  }),
];

function dm(key: string, name: string, postedAt: string): Item {
  return storedItem({ key, kind: 'dm', threadKey: `${key}:thread`, author: { name }, postedAt });
}

function popupProps(items: Item[]): PopupProps {
  const authorOf = new Map(items.map((item) => [item.key, item.author.name]));
  const summary = waitingSummary(items, { now: NOW });
  return {
    summary,
    unknownLayout: null,
    oldestAuthorName: summary.oldest ? authorOf.get(summary.oldest.itemKey) : undefined,
    replyWindows: dmReplyWindows(items, { now: NOW }).map((window) => ({
      ...window,
      authorName: authorOf.get(window.itemKey)!,
    })),
    onOpenPanel: () => {},
    onOpenOptions: () => {},
  };
}

const text = (testId: string) => screen.getByTestId(testId).textContent;

describe('Popup details', () => {
  it('counts per platform and kind', () => {
    renderWithLocale(<Popup {...popupProps(ITEMS)} />);
    expect(text('waiting-count')).toBe('7');
    expect(text('waiting-facebook-comment')).toBe('1');
    expect(text('waiting-facebook-dm')).toBe('4');
    expect(text('waiting-linkedin-comment')).toBe('1');
    expect(text('waiting-linkedin-dm')).toBe('1');
    const perPlatform = screen.getByRole('list', { name: 'Waiting per platform and kind' });
    expect(within(perPlatform).getAllByRole('listitem')[1].textContent).toBe(
      'LinkedIn: 2 Comments 1 · Messages 1',
    );
  });

  it('sorts waits into the age buckets', () => {
    renderWithLocale(<Popup {...popupProps(ITEMS)} />);
    expect(text('age-under15Minutes')).toBe('Under 15 min: 2');
    expect(text('age-under24Hours')).toBe('Under 24 h: 2');
    expect(text('age-older')).toBe('24 h or more: 3');
  });

  it('names the oldest waiting item with its age', () => {
    renderWithLocale(<Popup {...popupProps(ITEMS)} />);
    expect(text('oldest')).toBe('Oldest waiting: 10 d');
    expect(text('oldest-author')).toBe('from Erik Sand');
  });

  it('lists Facebook DM reply windows closing soonest first, closed ones last', () => {
    renderWithLocale(<Popup {...popupProps(ITEMS)} />);
    const section = screen.getByRole('region', { name: 'Facebook messages: time left to reply' });
    const rows = within(section).getAllByTestId('reply-window');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Dag Holm 24-hour window: 4 h left · 7-day human-agent window: 6 d left',
      'Bo Ek 24-hour window: 22 h left · 7-day human-agent window: 6 d left',
      'Cecilia Berg 24-hour window closed · 7-day human-agent window: 5 d left',
      'Erik Sand Both reply windows have closed',
    ]);
  });

  it('shows five reply windows and says how many more the panel has', () => {
    const many = Array.from({ length: 7 }, (_, i) =>
      dm(`fb:m${i}`, `Person ${i}`, `2026-11-20T0${i}:00:00Z`),
    );
    renderWithLocale(<Popup {...popupProps(many)} />);
    const rows = screen.getAllByTestId('reply-window');
    expect(rows).toHaveLength(5);
    // The earliest message's window closes first.
    expect(rows[0].textContent).toContain('Person 0');
    expect(screen.getByText('and 2 more in the reply panel')).toBeTruthy();
  });

  it('shows no reply windows without waiting Facebook DMs', () => {
    renderWithLocale(<Popup {...popupProps([ITEMS[0], ITEMS[5]])} />);
    expect(screen.queryByTestId('reply-window')).toBeNull();
    expect(screen.queryByRole('region', { name: /time left to reply/ })).toBeNull();
  });

  it('keeps the details out while only the indexed counts are known', () => {
    renderWithLocale(
      <Popup
        counts={{ total: 3, byPlatform: { facebook: 2, linkedin: 1 } }}
        summary={null}
        unknownLayout={null}
        onOpenPanel={() => {}}
        onOpenOptions={() => {}}
      />,
    );
    expect(text('waiting-count')).toBe('3');
    expect(screen.queryByTestId('waiting-facebook-comment')).toBeNull();
    expect(screen.queryByTestId('age-older')).toBeNull();
  });

  it('renders an author name from the page as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = renderWithLocale(
      <Popup {...popupProps([dm('fb:x', hostile, '2026-11-20T11:00:00Z')])} />,
    );
    expect(screen.getAllByText(hostile).length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it.each([
    ['sv', 'Under 24 tim: 2', '24-timmarsfönstret: 4 tim kvar'],
    ['da', 'Under 24 t.: 2', '24-timersvinduet: 4 t. tilbage'],
    ['nb', 'Under 24 t: 2', '24-timersvinduet: 4 t igjen'],
  ] as const)('speaks %s', (locale, bucket, window) => {
    renderWithLocale(<Popup {...popupProps(ITEMS)} />, locale);
    expect(text('age-under24Hours')).toBe(bucket);
    expect(screen.getAllByTestId('reply-window')[0].textContent).toContain(window);
  });

  it('has no serious accessibility violations', async () => {
    const { container } = renderWithLocale(
      <Popup {...popupProps(ITEMS)} unknownLayout={{ reason: 'x' }} />,
    );
    await expectNoSeriousA11yViolations(container);
  });
});
