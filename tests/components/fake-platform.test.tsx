/**
 * A third platform, added the way a new one is: its description (tests/helpers/fake-platform/)
 * put on the platform list, and no other edit. Every page and count that lists platforms must
 * then show it, from the item model's enum through the counters to the popup, the queue filter,
 * the stats and the owners form; a place that still names Facebook and LinkedIn by hand fails here.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OwnersForm } from '../../components/OwnersForm';
import { Queue } from '../../components/Queue';
import { SnapshotButton } from '../../components/SnapshotButton';
import { StatsView } from '../../components/StatsView';
import LivePopup from '../../entrypoints/popup/live';
import { handlePageScan } from '../../utils/background/scan-handler';
import { readWaitingCounts } from '../../utils/db/counters';
import { db } from '../../utils/db/database';
import { saveSettings } from '../../utils/db/settings';
import { platformSchema, type DetectedItem, type Platform } from '../../utils/model/detected-item';
import { responseLogEntrySchema } from '../../utils/model/response-log';
import { defaultSettings, type Settings } from '../../utils/model/settings';
import { Pseudonyms, REDACTED_URL } from '../../utils/snapshot/pseudonyms';
import { defaultToneGuide, defaultToneGuideInput } from '../../utils/tone/default-guide';
import { parseToneGuide, replySurfaceSchema } from '../../utils/tone/schema';
import { FAKEBOOK_SURFACE_RULES } from '../helpers/fake-platform/register';
import { detected } from '../helpers/items';
import { renderWithLocale } from '../helpers/render';
import { NOW, storedItem } from './fixtures';

vi.mock('../../utils/platforms/list', async (importOriginal) => {
  const { withFakePlatform } = await import('../helpers/fake-platform/register');
  return withFakePlatform(await importOriginal());
});
// A guide sets the rules of every surface, so the bundled guide gains Fakebook's.
vi.mock('../../utils/tone/default-guide/kanelkompaniet/guide.json', async (importOriginal) => {
  const { withFakeSurfaces } = await import('../helpers/fake-platform/register');
  return withFakeSurfaces(await importOriginal());
});

// The platform's id is not in the compiled union of platforms: that is the point of the test.
const FAKEBOOK = 'fakebook' as Platform;
const WALL = { tabUrl: 'https://www.fakebook.test/wall/kanel' };

function fakebookItem(key: string, overrides: Partial<DetectedItem> = {}): DetectedItem {
  return detected({
    key: `fakebook:${key}`,
    platform: FAKEBOOK,
    threadKey: 'fakebook:wall:kanel',
    author: { name: `Person ${key}`, profileUrl: `https://www.fakebook.test/@${key}` },
    ...overrides,
  });
}

/** Fakebook's page reports what it shows, through the background's own checks. */
function reportFromWall(items: DetectedItem[], tab = WALL) {
  const scan = {
    layout: 'recognised',
    platform: FAKEBOOK,
    surface: 'fakebook-wall',
    full: true,
    items,
    pageOwners: [],
  };
  return handlePageScan(db, scan, tab, new Date());
}

const SET_UP: Settings = {
  ...defaultSettings,
  owners: [{ platform: FAKEBOOK, name: 'Kanel', source: 'options' }],
};

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveSettings(db, SET_UP);
});

describe('a third platform added to the list', () => {
  it('is a platform of the item model and a reply surface of the tone guide', () => {
    expect(platformSchema.options).toEqual(['facebook', 'linkedin', 'fakebook']);
    expect(replySurfaceSchema.options).toContain('fakebook-comment');
    expect(defaultToneGuide.surfaces['fakebook-dm' as 'facebook-dm']).toEqual(
      FAKEBOOK_SURFACE_RULES['fakebook-dm'],
    );
    // No guide may allow a longer reply than the platform takes (2,000 in a Fakebook DM).
    const tooLong = structuredClone(defaultToneGuideInput);
    (tooLong.surfaces as Record<string, { maxLength: number }>)['fakebook-dm']!.maxLength = 2_001;
    const parsed = parseToneGuide(tooLong);
    expect(parsed.ok || parsed.problems.map((problem) => problem.path)).toEqual([
      'surfaces.fakebook-dm.maxLength',
    ]);
  });

  it('has its detected items counted, and only from its own pages', async () => {
    const now = new Date().toISOString();
    const verdict = await reportFromWall([
      fakebookItem('anna', { postedAt: now }),
      fakebookItem('bo', { postedAt: now, kind: 'dm', threadKey: 'fakebook:inbox:bo' }),
      fakebookItem('cai', { answered: true }),
    ]);
    expect(verdict).toMatchObject({ accepted: true });
    expect(await readWaitingCounts(db)).toEqual({ facebook: 0, linkedin: 0, fakebook: 2 });

    const fromFacebook = await reportFromWall([fakebookItem('dan')], {
      tabUrl: 'https://www.facebook.com/kanel/posts/1',
    });
    expect(fromFacebook).toEqual({
      accepted: false,
      reason: 'a facebook page reported fakebook items',
    });
  });

  it('shows in the popup the entry point mounts, in the sum and per kind', async () => {
    const now = new Date().toISOString();
    await reportFromWall([
      fakebookItem('anna', { postedAt: now }),
      fakebookItem('bo', { postedAt: now, kind: 'dm', threadKey: 'fakebook:inbox:bo' }),
    ]);
    renderWithLocale(
      <LivePopup firstCounts={null} onOpenPanel={() => {}} onOpenOptions={() => {}} />,
    );
    await waitFor(() => expect(screen.getByTestId('waiting-count').textContent).toBe('2'));
    expect(screen.getByTestId('waiting-fakebook').textContent).toBe('Fakebook: 2');
    expect(screen.getByTestId('waiting-facebook').textContent).toBe('Facebook: 0');
    const perPlatform = screen.getByRole('list', { name: 'Waiting per platform and kind' });
    expect(within(perPlatform).getAllByRole('listitem')).toHaveLength(3);
    expect((await screen.findByTestId('waiting-fakebook-comment')).textContent).toBe('1');
    expect(screen.getByTestId('waiting-fakebook-dm').textContent).toBe('1');
  });

  it('is a choice of the queue filter, which keeps only its items', async () => {
    const items = [
      storedItem({ key: 'fb:1', author: { name: 'Anna Facebook' } }),
      storedItem({
        key: 'fakebook:1',
        platform: FAKEBOOK,
        threadKey: 'fakebook:wall:1',
        author: { name: 'Bo Fakebook' },
      }),
    ];
    renderWithLocale(
      <Queue
        items={items}
        now={NOW}
        settings={{ agentName: 'Eva', colleagues: [] }}
        frequentPeople={new Set()}
        onReveal={() => {}}
        onDismiss={async () => {}}
        onAssign={async () => {}}
      />,
    );
    const authors = () =>
      screen.getAllByTestId('waiting-item').map((row) => row.querySelector('.author')!.textContent);
    expect(authors()).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: /^Filters/ }));
    await userEvent.selectOptions(screen.getByLabelText('Platform'), 'Fakebook');
    expect(authors()).toEqual(['Bo Fakebook']);
    expect(screen.getByTestId('waiting-item').querySelector('.platform')!.textContent).toBe(
      'Fakebook',
    );
  });

  it('has its row in the stats per platform', () => {
    const answered = storedItem({
      key: 'fakebook:1',
      platform: FAKEBOOK,
      threadKey: 'fakebook:wall:1',
      status: 'answered',
      answered: true,
      waiting: false,
      firstSeenAt: '2026-11-19T08:00:00.000Z',
    });
    renderWithLocale(
      <StatsView
        items={[answered]}
        responses={[
          responseLogEntrySchema.parse({
            itemKey: 'fakebook:1',
            platform: FAKEBOOK,
            kind: 'comment',
            respondedAt: '2026-11-19T08:30:00.000Z',
            waitedMs: 30 * 60_000,
            agent: 'Eva',
            via: 'manual',
          }),
        ]}
        now={NOW}
        timeZone="Europe/Stockholm"
        targetMinutes={60}
        periodDays={7}
        onPeriodChange={() => {}}
      />,
    );
    const byPlatform = screen.getByTestId('stats-by-platform');
    const names = within(byPlatform)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['Facebook', 'LinkedIn', 'Fakebook']);
    const row = within(byPlatform).getByRole('rowheader', { name: 'Fakebook' }).closest('tr')!;
    expect(row.querySelectorAll('td')[0]!.textContent).toBe('100%');
  });

  it('is a field of the owners form: its profile link chooses it and is saved as its address', async () => {
    const onSave = vi.fn(async () => {});
    renderWithLocale(<OwnersForm settings={{ ...defaultSettings, owners: [] }} onSave={onSave} />);
    const user = userEvent.setup();
    const platform = screen.getByLabelText('Platform') as HTMLSelectElement;
    expect([...platform.options].map((option) => option.textContent)).toEqual([
      'Facebook',
      'LinkedIn',
      'Fakebook',
    ]);
    await user.type(
      screen.getByLabelText('Profile or page address (paste its link)'),
      'https://www.fakebook.test/@Kanel/about',
    );
    expect(platform.value).toBe('fakebook');
    await user.type(screen.getByLabelText('Display name'), 'Kanel');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('list').textContent).toContain(
      'Fakebook: Kanel (https://www.fakebook.test/@kanel)',
    );
    await act(() => user.click(screen.getByRole('button', { name: 'Save' })));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        owners: [
          {
            platform: 'fakebook',
            name: 'Kanel',
            url: 'https://www.fakebook.test/@kanel',
            source: 'options',
          },
        ],
      }),
    );
  });

  it('is named where the snapshot button says which pages it saves', async () => {
    renderWithLocale(<SnapshotButton onSave={async () => 'not-a-platform-page'} />);
    await userEvent.click(screen.getByRole('button'));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Open a page on Facebook, LinkedIn, or Fakebook first.',
    );
  });

  it('has its people replaced in snapshot links by its own rules', () => {
    const pseudonyms = new Pseudonyms(FAKEBOOK);
    expect(pseudonyms.url('https://www.fakebook.test/@anna/photos')).toBe(
      'https://www.fakebook.test/@placeholder-1/photos',
    );
    expect(pseudonyms.isProfileLink('https://www.fakebook.test/@anna')).toBe(true);
    expect(pseudonyms.url('https://www.fakebook.test/out?to=https://elsewhere.example')).toBe(
      REDACTED_URL,
    );
  });
});
