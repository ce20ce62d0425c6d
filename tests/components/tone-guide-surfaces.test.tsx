import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { db } from '../../utils/db/database';
import { activeToneGuide, listToneGuideRevisions } from '../../utils/db/tone-guides';
import type { UiLocale } from '../../utils/i18n/translate';
import { itemKindSchema } from '../../utils/model/detected-item';
import { PLATFORMS } from '../../utils/platforms/platforms';
import { defaultToneGuide } from '../../utils/tone/default-guide';
import type { ReplySurface } from '../../utils/tone/schema';
import { renderPage } from '../helpers/pages';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../utils/messaging/protocol', () => ({ sendMessage }));

const [FIRST, SECOND] = PLATFORMS;
const FIRST_COMMENTS = `${FIRST.id}-comment` as ReplySurface;
const LIMIT = FIRST.replyLimits.comment;

/** The options page; its tone guide's form for one place replies are written. */
async function renderSurfaces(locale: UiLocale = 'en') {
  renderPage(<App />, locale);
  await screen.findByRole('textbox', { name: locale === 'en' ? 'Tone guide JSON' : /JSON/ });
  const surface = (name: string) => within(screen.getByRole('group', { name }));
  return { surface, user: userEvent.setup({ delay: null }) };
}

const setNumber = (field: HTMLElement, value: string) =>
  fireEvent.change(field, { target: { value } });

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage.mockReset().mockResolvedValue(undefined);
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('reply surfaces in the tone guide form', () => {
  it('shows every surface of every platform with its own limit, as the guide has it', async () => {
    const { surface } = await renderSurfaces();
    for (const platform of PLATFORMS) {
      for (const kind of itemKindSchema.options) {
        const rules = defaultToneGuide.surfaces[`${platform.id}-${kind}` as ReplySurface];
        const group = surface(`${platform.name}: ${kind === 'dm' ? 'Messages' : 'Comments'}`);
        const length = group.getByRole<HTMLInputElement>('spinbutton', {
          name: `Longest reply in characters (the platform takes at most ${platform.replyLimits[kind]})`,
        });
        expect(Number(length.value)).toBe(rules.maxLength);
        expect(length.max).toBe(String(platform.replyLimits[kind]));
        expect(
          group.getByRole<HTMLInputElement>('checkbox', { name: 'Start with a greeting' }).checked,
        ).toBe(rules.greet);
        expect(
          group.getByRole<HTMLInputElement>('checkbox', { name: 'End with a sign-off' }).checked,
        ).toBe(rules.signOff);
      }
    }
  });

  it('saves a change as a new guide revision, the other surfaces as they were', async () => {
    const { surface, user } = await renderSurfaces();
    const group = surface(`${FIRST.name}: Comments`);
    setNumber(group.getByRole('spinbutton'), '280');
    const greet = group.getByRole<HTMLInputElement>('checkbox', { name: 'Start with a greeting' });
    const greeted = greet.checked;
    await user.click(greet);
    // The JSON view follows the form.
    const json = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Tone guide JSON' });
    expect(JSON.parse(json.value).surfaces[FIRST_COMMENTS]).toMatchObject({
      maxLength: 280,
      greet: !greeted,
    });

    await user.click(screen.getByRole('button', { name: 'Save guide' }));
    await waitFor(async () => expect(await listToneGuideRevisions(db)).toHaveLength(1));
    expect((await listToneGuideRevisions(db))[0]!.origin).toBe('editor');
    const saved = await activeToneGuide(db);
    expect(saved.surfaces).toEqual({
      ...defaultToneGuide.surfaces,
      [FIRST_COMMENTS]: {
        ...defaultToneGuide.surfaces[FIRST_COMMENTS],
        maxLength: 280,
        greet: !greeted,
      },
    });
  });

  it('refuses a length over the platform’s limit at the field and on save', async () => {
    const { surface, user } = await renderSurfaces();
    const group = surface(`${FIRST.name}: Comments`);
    const length = group.getByRole('spinbutton');
    setNumber(length, String(LIMIT + 1));
    expect(length.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(length.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toBe(`At most ${LIMIT}`);
    // The other platform's fields are not touched by it.
    expect(
      surface(`${SECOND.name}: Comments`).getByRole('spinbutton').getAttribute('aria-invalid'),
    ).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save guide' }));
    const problems = await screen.findByTestId('tone-problems');
    expect(problems.textContent).toContain(`surfaces.${FIRST_COMMENTS}.maxLength`);
    expect(await listToneGuideRevisions(db)).toHaveLength(0);

    const shownError = () => document.getElementById(length.getAttribute('aria-describedby')!);
    setNumber(length, '0');
    expect(shownError()?.textContent).toBe('Greater than 0');
    setNumber(length, '');
    expect(length.getAttribute('aria-invalid')).toBe('true');
    setNumber(length, '500');
    expect(shownError()).toBeNull();
    expect(length.getAttribute('aria-invalid')).toBeNull();
  });

  it('speaks the UI language, its problems too', async () => {
    const { surface } = await renderSurfaces('sv');
    const group = surface(`${FIRST.name}: Kommentarer`);
    const length = group.getByRole('spinbutton', {
      name: `Längsta svar i tecken (plattformen tar emot högst ${LIMIT})`,
    });
    setNumber(length, String(LIMIT + 1));
    const error = document.getElementById(length.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toBe(`Högst ${LIMIT}`);
    expect(group.getByRole('checkbox', { name: 'Börja med en hälsning' })).toBeTruthy();
  });
});
