import { fillVariables, firstNameOf } from '../../../utils/suggest/fill';

describe('fillVariables', () => {
  it.each([
    ['Hej {firstName|där}!', { firstName: 'Anna' }, 'Hej Anna!'],
    ['Hej {firstName|där}!', {}, 'Hej där!'],
    ['Hej {firstName}!', {}, 'Hej!'],
    ['Hej {firstName}, välkommen!', { firstName: '  ' }, 'Hej, välkommen!'],
    [
      'Hälsningar, {agentName|teamet} på {pageName}',
      { agentName: 'Sara', pageName: 'Kanelkompaniet' },
      'Hälsningar, Sara på Kanelkompaniet',
    ],
    ['Hälsningar, {agentName|teamet}', {}, 'Hälsningar, teamet'],
  ])('%s with %j → %s', (template, values, expected) => {
    expect(fillVariables(template, values)).toEqual({ text: expected, cursor: null });
  });

  it('returns the caret position where {cursor} was, and strips the marker', () => {
    const filled = fillVariables('Hej {firstName|där}! {cursor}\n\nHälsningar', {
      firstName: 'Ola',
    });
    expect(filled.text).toBe('Hej Ola! \n\nHälsningar');
    expect(filled.cursor).toBe(9);
  });

  it('keeps the caret right when text before it shrinks', () => {
    const filled = fillVariables('Hej {firstName} ! {cursor}slut', {});
    expect(filled.text.slice(filled.cursor!)).toBe('slut');
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Anna Svensson', 'Anna'],
    ['Anna-Karin Lind', 'Anna-Karin'],
    ['  Ole  ', 'Ole'],
    ['J. Smith', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });
});
