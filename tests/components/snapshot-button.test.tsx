import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SnapshotButton } from '../../components/SnapshotButton';
import { renderWithLocale } from '../helpers/render';

describe('SnapshotButton', () => {
  it('says it saved the page', async () => {
    renderWithLocale(<SnapshotButton onSave={async () => 'saved'} />);
    await userEvent.click(screen.getByRole('button'));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Snapshot saved. Names, links and texts were replaced before saving.',
    );
  });

  it('names the platforms whose pages it can save, as a list in the UI language', async () => {
    renderWithLocale(<SnapshotButton onSave={async () => 'not-a-platform-page'} />, 'sv');
    await userEvent.click(screen.getByRole('button'));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Öppna en sida på Facebook eller LinkedIn först.',
    );
  });
});
