import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Rules switched off under happy-dom, each because it needs a real layout engine:
 * - color-contrast: computes rendered foreground/background colours and overlap from layout
 *   (getBoundingClientRect, elementsFromPoint); happy-dom returns zero-size boxes, so axe can
 *   only report "incomplete" or misjudge.
 * - target-size: measures the rendered size and spacing of click targets; same reason.
 * Everything else (names, roles, labels, ARIA, landmarks, lists, ids) is DOM-only and stays on.
 * The end-to-end tests in Chromium are where contrast and target size can be checked.
 */
const NEEDS_LAYOUT = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

export type A11yViolation = Pick<axe.Result, 'id' | 'impact' | 'help'> & { targets: string[] };

/** axe-core's serious and critical violations within `container`. */
export async function seriousA11yViolations(container: Element): Promise<A11yViolation[]> {
  const results = await axe.run(container, { rules: NEEDS_LAYOUT, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target.join(' ')),
    }));
}

export async function expectNoSeriousA11yViolations(container: Element) {
  expect(await seriousA11yViolations(container)).toEqual([]);
}
