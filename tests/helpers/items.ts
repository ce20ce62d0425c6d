import type { DetectedItem } from '../../utils/model/detected-item';
import type { PageScan } from '../../utils/messaging/schemas';

/** A detected Facebook comment with sensible defaults; override what a test is about. */
export function detected(overrides: Partial<DetectedItem> & { key: string }): DetectedItem {
  const item: DetectedItem = {
    platform: 'facebook',
    kind: 'comment',
    threadKey: 'facebook:post:1',
    author: { name: 'Anna Lindqvist', profileUrl: 'https://www.facebook.com/anna' },
    text: 'Har ni öppet på söndag?',
    answered: false,
    byOwner: false,
    ownedThread: true,
    waiting: true,
    ...overrides,
  };
  return { ...item, waiting: item.ownedThread && !item.byOwner && !item.answered };
}

export function scanOf(
  items: DetectedItem[],
  full = true,
): Extract<PageScan, { layout: 'recognised' }> {
  return {
    layout: 'recognised',
    platform: 'facebook',
    surface: 'facebook-post',
    full,
    items,
    pageOwners: [],
  };
}
