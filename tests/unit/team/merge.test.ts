import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedItemSchema } from '../../../utils/team/documents';
import { mergeAllSharedItems, mergeSharedItems } from '../../../utils/team/merge';
import { detected } from '../../helpers/items';
import { sharedItemVersion } from './arbitraries';

const waiting = sharedItemSchema.parse({
  ...detected({ key: 'facebook:comment:1' }),
  status: 'waiting',
  firstSeenAt: '2026-11-20T10:00:00Z',
  lastSeenAt: '2026-11-20T10:00:00Z',
});

describe('mergeSharedItems', () => {
  it('lets an answer seen in one browser beat waiting in another, whichever comes first', () => {
    const answered = {
      ...waiting,
      status: 'answered' as const,
      answeredAt: '2026-11-20T10:20:00Z',
      firstSeenAt: '2026-11-20T10:10:00Z',
      lastSeenAt: '2026-11-20T10:20:00Z',
    };
    for (const merged of [
      mergeSharedItems(waiting, answered),
      mergeSharedItems(answered, waiting),
    ]) {
      expect(merged).toMatchObject({
        status: 'answered',
        answeredAt: '2026-11-20T10:20:00Z',
        firstSeenAt: '2026-11-20T10:00:00Z',
        lastSeenAt: '2026-11-20T10:20:00Z',
      });
    }
  });

  it('ranks an answer over an escalation over a dismissal, keeping the winner’s reason', () => {
    const dismissed = { ...waiting, status: 'dismissed' as const, dismissReason: 'spam' as const };
    const escalated = { ...waiting, status: 'escalated' as const };
    expect(mergeSharedItems(dismissed, escalated)).toMatchObject({ status: 'escalated' });
    expect(mergeSharedItems(dismissed, escalated)).not.toHaveProperty('dismissReason');
    expect(mergeSharedItems(dismissed, waiting)).toMatchObject({
      status: 'dismissed',
      dismissReason: 'spam',
    });
  });

  it('takes what the page showed from the version seen last', () => {
    const edited = { ...waiting, text: 'edited', lastSeenAt: '2026-11-20T12:00:00Z' };
    expect(mergeSharedItems(edited, waiting).text).toBe('edited');
    expect(mergeSharedItems(waiting, edited).text).toBe('edited');
  });

  it('refuses to merge two different items', () => {
    expect(() => mergeSharedItems(waiting, { ...waiting, key: 'facebook:comment:2' })).toThrow();
  });

  it('is commutative', () => {
    fc.assert(
      fc.property(sharedItemVersion, sharedItemVersion, (a, b) => {
        expect(mergeSharedItems(a, b)).toEqual(mergeSharedItems(b, a));
      }),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(sharedItemVersion, sharedItemVersion, sharedItemVersion, (a, b, c) => {
        expect(mergeSharedItems(mergeSharedItems(a, b), c)).toEqual(
          mergeSharedItems(a, mergeSharedItems(b, c)),
        );
      }),
    );
  });

  it('is idempotent, also on a merge result', () => {
    fc.assert(
      fc.property(sharedItemVersion, sharedItemVersion, (a, b) => {
        expect(mergeSharedItems(a, a)).toEqual(a);
        const merged = mergeSharedItems(a, b);
        expect(mergeSharedItems(merged, b)).toEqual(merged);
      }),
    );
  });

  it('gives the same item for any order of any number of versions', () => {
    fc.assert(
      fc.property(
        fc
          .array(sharedItemVersion, { minLength: 1, maxLength: 6 })
          .chain((versions) =>
            fc.tuple(
              fc.constant(versions),
              fc.shuffledSubarray(versions, { minLength: versions.length }),
            ),
          ),
        ([versions, shuffled]) => {
          const [first, ...rest] = versions;
          const [otherFirst, ...otherRest] = shuffled;
          expect(mergeAllSharedItems([otherFirst!, ...otherRest])).toEqual(
            mergeAllSharedItems([first!, ...rest]),
          );
        },
      ),
    );
  });

  it('never lets waiting win, keeps the earliest first sighting and stays a valid item', () => {
    fc.assert(
      fc.property(fc.array(sharedItemVersion, { minLength: 1, maxLength: 5 }), (versions) => {
        const merged = mergeAllSharedItems([versions[0]!, ...versions.slice(1)]);
        expect(sharedItemSchema.parse(merged)).toEqual(merged);
        const decided = versions.some((version) => version.status !== 'waiting');
        expect(merged.status !== 'waiting').toBe(decided);
        const firstSeen = Math.min(...versions.map((version) => Date.parse(version.firstSeenAt)));
        expect(Date.parse(merged.firstSeenAt)).toBe(firstSeen);
        expect(versions).toContainEqual(expect.objectContaining({ text: merged.text }));
      }),
    );
  });
});
