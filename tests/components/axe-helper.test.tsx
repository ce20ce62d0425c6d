import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../helpers/axe';

// The helper must be able to fail, or a clean result from it proves nothing.
describe('seriousA11yViolations', () => {
  it('reports nameless buttons, unlabelled fields and broken ARIA', async () => {
    const { container } = render(
      <div>
        <button type="button" />
        <input />
        <div role="listbox" aria-activedescendant="nowhere" />
        <img src="x.png" />
      </div>,
    );
    const ids = (await seriousA11yViolations(container)).map((violation) => violation.id);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'label', 'image-alt']));
  });

  it('passes a labelled form', async () => {
    const { container } = render(
      <form>
        <label>
          Name
          <input />
        </label>
        <button type="submit">Add</button>
      </form>,
    );
    expect(await seriousA11yViolations(container)).toEqual([]);
  });
});
