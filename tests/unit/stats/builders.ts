import type { StatsItem, StatsResponse } from '../../../utils/stats/inputs';

/** A stored item with dull defaults; tests state only what matters to them. */
export function item(fields: Partial<StatsItem> & Pick<StatsItem, 'key'>): StatsItem {
  return {
    platform: 'facebook',
    kind: 'comment',
    threadKey: 'thread-1',
    author: { name: 'Anna Berg' },
    byOwner: false,
    status: 'waiting',
    firstSeenAt: '2026-03-02T09:00:00.000Z',
    ...fields,
  };
}

/** A logged reply; the wait is given as minutes for readability. */
export function reply(
  fields: Partial<StatsResponse> &
    Pick<StatsResponse, 'itemKey' | 'respondedAt'> & { waitedMinutes: number },
): StatsResponse {
  const { waitedMinutes, ...rest } = fields;
  return {
    platform: 'facebook',
    kind: 'comment',
    agent: 'Maja',
    via: 'manual',
    waitedMs: waitedMinutes * 60_000,
    ...rest,
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
