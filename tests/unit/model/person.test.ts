import { describe, expect, it } from 'vitest';
import { personIdentityOf } from '../../../utils/model/person';

describe('personIdentityOf', () => {
  it.each([
    ['https://www.facebook.com/anna.berg'],
    ['https://www.facebook.com/anna.berg/'],
    ['https://www.facebook.com/anna.berg?ref=comment&__tn__=R'],
    ['https://www.facebook.com/anna.berg#comments'],
    ['https://www.facebook.com/Anna.Berg'],
    ['https://m.facebook.com/anna.berg'],
    ['https://web.facebook.com/anna.berg/posts/123'],
    ['  https://facebook.com/anna.berg  '],
  ])('Facebook link %s names anna.berg', (profileUrl) => {
    expect(personIdentityOf('facebook', { name: 'Anna Berg', profileUrl })).toBe(
      'facebook:https://www.facebook.com/anna.berg',
    );
  });

  it.each([
    ['https://www.linkedin.com/in/erik-berg/'],
    ['https://www.linkedin.com/in/erik-berg'],
    ['https://www.linkedin.com/in/Erik-Berg/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACo'],
    ['https://se.linkedin.com/in/erik-berg/details/experience/'],
    ['https://www.linkedin.com/in/erik-berg/#about'],
  ])('LinkedIn link %s names erik-berg', (profileUrl) => {
    expect(personIdentityOf('linkedin', { name: 'Erik Berg', profileUrl })).toBe(
      'linkedin:https://www.linkedin.com/in/erik-berg/',
    );
  });

  it('keeps numeric Facebook profiles apart by id', () => {
    const of = (profileUrl: string) => personIdentityOf('facebook', { name: 'X', profileUrl });
    expect(of('https://m.facebook.com/profile.php?id=100012345&ref=x')).toBe(
      'facebook:https://www.facebook.com/profile.php?id=100012345',
    );
    expect(of('https://www.facebook.com/profile.php?id=1')).not.toBe(
      of('https://www.facebook.com/profile.php?id=2'),
    );
  });

  it('takes a link the platform does not know as written, without query, hash, slash or case', () => {
    expect(
      personIdentityOf('facebook', {
        name: 'Maja',
        profileUrl: 'https://www.messenger.com/T/123/?x=1#y',
      }),
    ).toBe('facebook:https://www.messenger.com/t/123');
    expect(personIdentityOf('facebook', { name: 'Maja', profileUrl: '/Profile.php' })).toBe(
      'facebook:/profile.php',
    );
  });

  it('prefers the profile over the name: the same link under two names is one person', () => {
    const url = 'https://www.facebook.com/anna.berg';
    expect(personIdentityOf('facebook', { name: 'Anna', profileUrl: url })).toBe(
      personIdentityOf('facebook', { name: 'Anna Berg', profileUrl: url }),
    );
  });

  it.each([['Åsa Öberg'], ['  Åsa   Öberg '], ['ÅSA ÖBERG'], ['Åsa\u00a0Öberg']])(
    'names without a link compare by normalised name: %j',
    (name) => {
      expect(personIdentityOf('facebook', { name })).toBe('facebook:name:åsa öberg');
    },
  );

  it('keeps platforms, and a name from a link, apart', () => {
    expect(personIdentityOf('facebook', { name: 'Anna' })).not.toBe(
      personIdentityOf('linkedin', { name: 'Anna' }),
    );
    expect(personIdentityOf('facebook', { name: 'https://www.facebook.com/anna' })).not.toBe(
      personIdentityOf('facebook', { name: 'x', profileUrl: 'https://www.facebook.com/anna' }),
    );
  });
});
