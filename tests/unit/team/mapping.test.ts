import { describe, expect, it } from 'vitest';
import type { Item } from '../../../utils/model/item';
import type { ResponseLogEntry } from '../../../utils/model/response-log';
import { defaultToneGuide } from '../../../utils/tone/default-guide';
import {
  claimDocSchema,
  teamGuideDocSchema,
  teamItemDocSchema,
  teamResponseDocSchema,
} from '../../../utils/team/documents';
import {
  entryFromTeamResponse,
  itemFromTeamItem,
  revisionFromTeamGuide,
  teamGuideFromGuide,
  teamItemFromItem,
  teamResponseFromEntry,
} from '../../../utils/team/mapping';
import { ulid } from '../../../utils/team/ulid';
import { detected } from '../../helpers/items';

const local: Item = {
  ...detected({ key: 'facebook:comment:1' }),
  status: 'waiting',
  firstSeenAt: '2026-11-20T10:00:00.000Z',
  lastSeenAt: '2026-11-20T10:00:00.000Z',
  assignee: 'Bertil',
  pendingSuggestion: {
    suggestedText: 'Hej!',
    filledAt: '2026-11-20T10:01:00.000Z',
    agent: 'Alice',
  },
};

const entry: ResponseLogEntry = {
  id: 7,
  itemKey: 'facebook:comment:1',
  platform: 'facebook',
  kind: 'comment',
  respondedAt: '2026-11-20T10:05:00.000Z',
  waitedMs: 300_000,
  agent: 'Alice',
  via: 'suggestion',
  sentText: 'Hej Anna!',
};

describe('team documents and Dexie records', () => {
  it('shares an item without what belongs to this browser', () => {
    const doc = teamItemFromItem(local);
    expect(doc._id).toBe('item:facebook:comment:1');
    expect(doc.item).not.toHaveProperty('assignee');
    expect(doc.item).not.toHaveProperty('pendingSuggestion');
    expect(teamItemDocSchema.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it('merges an arriving item into the local one and keeps the local-only fields', () => {
    const answeredElsewhere = teamItemFromItem({
      ...local,
      status: 'answered',
      answeredAt: '2026-11-20T10:09:00.000Z',
      firstSeenAt: '2026-11-20T10:03:00.000Z',
      lastSeenAt: '2026-11-20T10:09:00.000Z',
    });
    expect(itemFromTeamItem(answeredElsewhere, local)).toEqual({
      ...local,
      status: 'answered',
      answeredAt: '2026-11-20T10:09:00.000Z',
      lastSeenAt: '2026-11-20T10:09:00.000Z',
    });
    expect(itemFromTeamItem(answeredElsewhere, undefined)).toEqual(answeredElsewhere.item);
  });

  it('refuses a document whose id does not name its item', () => {
    const doc = teamItemFromItem(local);
    expect(teamItemDocSchema.safeParse({ ...doc, _id: 'item:other' }).success).toBe(false);
    expect(teamItemDocSchema.safeParse({ ...doc, type: 'claim' }).success).toBe(false);
  });

  it('maps a response to resp:<ulid> and back without the local id', () => {
    const id = ulid(Date.parse(entry.respondedAt));
    const doc = teamResponseFromEntry(entry, id, 'alice');
    expect(doc._id).toBe(`resp:${id}`);
    expect(doc.by).toBe('alice');
    const { id: localId, ...withoutId } = entry;
    expect(entryFromTeamResponse(doc)).toEqual(withoutId);
    expect(() => teamResponseFromEntry(entry, 'not-a-ulid', 'alice')).toThrow();
    expect(teamResponseDocSchema.safeParse({ ...doc, response: { itemKey: '' } }).success).toBe(
      false,
    );
  });

  it('maps a tone-guide revision with a sortable id and refuses an invalid guide', () => {
    const doc = teamGuideFromGuide(defaultToneGuide, 12, 'editor', 'alice', entry.respondedAt);
    expect(doc._id).toBe('guide:0000000012');
    expect(revisionFromTeamGuide(doc)).toEqual({
      savedAt: entry.respondedAt,
      origin: 'editor',
      guide: defaultToneGuide,
    });
    expect(teamGuideDocSchema.safeParse({ ...doc, guide: { name: 'x' } }).success).toBe(false);
    expect(teamGuideDocSchema.safeParse({ ...doc, revision: 13 }).success).toBe(false);
  });

  it('parses a claim only when its id names its item', () => {
    const claim = {
      _id: 'claim:facebook:comment:1',
      type: 'claim',
      itemKey: 'facebook:comment:1',
      by: 'alice',
      displayName: 'Alice',
      claimedAt: '2026-11-20T10:00:00.000Z',
      replyingUntil: '2026-11-20T10:01:00.000Z',
    };
    expect(claimDocSchema.parse(claim)).toEqual(claim);
    expect(claimDocSchema.safeParse({ ...claim, itemKey: 'facebook:comment:2' }).success).toBe(
      false,
    );
  });
});

describe('ulid', () => {
  it('encodes time then randomness in 26 Crockford characters that sort by time', () => {
    const zeros = () => new Uint8Array(10);
    const ones = () => new Uint8Array(10).fill(255);
    expect(ulid(0, zeros)).toBe('0'.repeat(26));
    expect(ulid(2 ** 48 - 1, ones)).toBe('7' + 'Z'.repeat(25));
    expect(ulid(1_469_918_176_385, zeros).slice(0, 10)).toBe('01ARYZ6S41');
    const earlier = ulid(Date.parse('2026-11-20T10:00:00Z'));
    const later = ulid(Date.parse('2026-11-20T10:00:00.001Z'));
    expect(earlier < later).toBe(true);
    expect(() => ulid(-1)).toThrow();
  });
});
