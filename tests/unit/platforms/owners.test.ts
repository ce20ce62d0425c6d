import { describe, expect, it } from 'vitest';
import type { OwnerIdentity } from '../../../utils/model/owner';
import { isOwner, mergeOwners, ownerMatcher } from '../../../utils/platforms/owners';

const PAGE: OwnerIdentity = {
  platform: 'facebook',
  name: 'Kanelkompaniet',
  url: 'https://www.facebook.com/kanelkompaniet',
  source: 'options',
};
const NAME_ONLY: OwnerIdentity = {
  platform: 'facebook',
  name: 'Kanelkompaniet',
  source: 'options',
};

describe('owner identity: the address first, the name second', () => {
  it('an author with our address is ours, whatever name they show', () => {
    const author = { name: 'Kanel', profileUrl: 'https://m.facebook.com/kanelkompaniet/?ref=x' };
    expect(isOwner('facebook', author, [PAGE])).toBe(true);
  });

  it('an author with our name and another address is not ours', () => {
    const impostor = { name: 'Kanelkompaniet', profileUrl: 'https://www.facebook.com/kanel.fake' };
    expect(isOwner('facebook', impostor, [PAGE])).toBe(false);
    // A name-only identity cannot be claimed by an author who shows an address either.
    expect(isOwner('facebook', impostor, [NAME_ONLY])).toBe(false);
    expect(isOwner('facebook', impostor, [PAGE, NAME_ONLY])).toBe(false);
  });

  it('a name matches only an author the page shows with no address', () => {
    const unlinked = { name: ' kanelkompaniet ' };
    expect(isOwner('facebook', unlinked, [PAGE])).toBe(true);
    expect(isOwner('facebook', unlinked, [NAME_ONLY])).toBe(true);
    expect(isOwner('facebook', { name: 'Kanelbullen' }, [PAGE])).toBe(false);
    expect(isOwner('facebook', { name: '' }, [PAGE])).toBe(false);
  });

  it('identities of another platform never match', () => {
    const linkedin: OwnerIdentity = { ...PAGE, platform: 'linkedin' };
    expect(isOwner('facebook', { name: 'Kanelkompaniet' }, [linkedin])).toBe(false);
    expect(
      isOwner('facebook', { name: 'x', profileUrl: 'https://www.facebook.com/kanelkompaniet' }, [
        linkedin,
      ]),
    ).toBe(false);
  });

  it('the matcher answers as isOwner for many authors, remembered names included', () => {
    const match = ownerMatcher('facebook', [PAGE]);
    const authors = [
      { name: 'Kanelkompaniet' },
      { name: 'Kanelkompaniet', profileUrl: 'https://www.facebook.com/someone.else' },
      { name: 'Kanelkompaniet' },
      { name: 'Anna', profileUrl: 'https://www.facebook.com/kanelkompaniet' },
    ];
    expect(authors.map(match)).toEqual([true, false, true, true]);
    expect(authors.map((a) => isOwner('facebook', a, [PAGE]))).toEqual(authors.map(match));
  });
});

describe('mergeOwners', () => {
  const fromPage: OwnerIdentity = { ...PAGE, name: 'Kanel', source: 'page' };

  it('drops a page identity with the address of an options identity', () => {
    expect(mergeOwners([PAGE], [fromPage])).toEqual([PAGE]);
  });

  it('keeps the page identity that adds an address to a name-only one', () => {
    const named = { ...fromPage, name: 'Kanelkompaniet' };
    expect(mergeOwners([NAME_ONLY], [named])).toEqual([NAME_ONLY, named]);
  });

  it('drops a name-only page identity named as a name-only options identity', () => {
    expect(mergeOwners([NAME_ONLY], [{ ...NAME_ONLY, source: 'page' }])).toEqual([NAME_ONLY]);
  });
});
