import type { Item } from '../../utils/model/item';
import { itemSchema } from '../../utils/model/item';

export const NOW = new Date('2026-11-20T12:00:00Z');

/** A stored, waiting Facebook comment; override what a test is about. Validated by the schema. */
export function storedItem(overrides: Partial<Item> & { key: string }): Item {
  return itemSchema.parse({
    platform: 'facebook',
    kind: 'comment',
    threadKey: 'facebook:post:1',
    author: { name: 'Anna Lindqvist', profileUrl: 'https://www.facebook.com/anna' },
    text: 'Har ni öppet på söndag?',
    answered: false,
    byOwner: false,
    ownedThread: true,
    waiting: true,
    status: 'waiting',
    firstSeenAt: '2026-11-20T11:00:00.000Z',
    lastSeenAt: '2026-11-20T11:00:00.000Z',
    ...overrides,
  });
}
