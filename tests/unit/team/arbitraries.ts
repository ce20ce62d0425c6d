import fc from 'fast-check';
import { sharedItemSchema, type SharedItem } from '../../../utils/team/documents';
import { detected } from '../../helpers/items';

const KEY = 'facebook:comment:1';

/** A few instants, some spelled two ways, so ties and equal instants come up often. */
const instant = fc.constantFrom(
  '2026-11-20T10:00:00Z',
  '2026-11-20T10:00:00.000Z',
  '2026-11-20T10:05:00Z',
  '2026-11-20T11:00:00Z',
  '2026-11-21T08:30:00Z',
);

/** Versions of one item as different browsers could hold them. */
export const sharedItemVersion: fc.Arbitrary<SharedItem> = fc
  .record({
    status: fc.constantFrom('waiting', 'answered', 'dismissed', 'escalated'),
    firstSeenAt: instant,
    lastSeenAt: instant,
    answeredAt: fc.option(instant, { nil: undefined }),
    dismissReason: fc.option(fc.constantFrom('spam', 'no-reply-needed', 'handled-elsewhere'), {
      nil: undefined,
    }),
    text: fc.constantFrom('Har ni öppet på söndag?', 'Har ni öppet på söndag? (edited)', ''),
    authorName: fc.constantFrom('Anna Lindqvist', 'Anna L.'),
    answered: fc.boolean(),
    intent: fc.option(fc.constantFrom('opening-hours', 'question'), { nil: undefined }),
  })
  .map(({ authorName, ...version }) =>
    sharedItemSchema.parse({
      ...detected({ key: KEY, text: version.text, answered: version.answered }),
      author: { name: authorName },
      ...version,
    }),
  );
