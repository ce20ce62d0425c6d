import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWaitingCount } from '../../../utils/db/counters';
import { SvaraDatabase } from '../../../utils/db/database';
import { applyPageScan, oldestWaiting } from '../../../utils/db/items';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../utils/db/schema';
import { personIdOf } from '../../../utils/db/people';
import { getSettings } from '../../../utils/db/settings';
import { activeToneGuide } from '../../../utils/db/tone-guides';
import { itemSchema } from '../../../utils/model/item';
import { responseLogEntrySchema } from '../../../utils/model/response-log';
import { defaultToneGuide } from '../../../utils/tone/default-guide';
import { parseToneGuide } from '../../../utils/tone/schema';
import { detected, scanOf } from '../../helpers/items';

/*
 * Records exactly as each earlier version's code wrote them, frozen here as plain data (not
 * typed with today's models, which would follow them when they change). Sources: the commits
 * that introduced each version (v1 and v2 35959ca, v3 e6aa236, v4 283d8dd, v5 f4b5170); items are
 * classified since 1b28fc8, between v2 and v3. The tone guide is the default guide as shipped
 * with v4, exported as JSON.
 */
type StoredRecord = Record<string, unknown>;

const V1_ITEMS: StoredRecord[] = [
  {
    platform: 'facebook',
    kind: 'comment',
    key: 'facebook:comment:1',
    threadKey: 'facebook:post:1',
    author: { name: 'Anna Lindqvist', profileUrl: 'https://www.facebook.com/anna' },
    text: 'Har ni öppet?',
    answered: false,
    byOwner: false,
    ownedThread: true,
    waiting: true,
    status: 'waiting',
    firstSeenAt: '2026-11-01T10:00:00.000Z',
    lastSeenAt: '2026-11-01T10:05:00.000Z',
  },
  {
    platform: 'linkedin',
    kind: 'comment',
    key: 'linkedin:urn:li:comment:2',
    threadKey: 'linkedin:urn:li:activity:9',
    author: { name: 'Erik Berg', profileUrl: 'https://www.linkedin.com/in/erik' },
    text: 'Are you hiring?',
    postedAt: '2026-10-31T08:00:00.000Z',
    answered: false,
    byOwner: false,
    ownedThread: true,
    waiting: true,
    status: 'waiting',
    firstSeenAt: '2026-11-01T11:00:00.000Z',
    lastSeenAt: '2026-11-01T11:00:00.000Z',
  },
  {
    platform: 'facebook',
    kind: 'comment',
    key: 'facebook:comment:3',
    threadKey: 'facebook:post:1',
    author: { name: 'Anna Lindqvist', profileUrl: 'https://www.facebook.com/anna' },
    text: 'Tack!',
    answered: true,
    byOwner: false,
    ownedThread: true,
    waiting: false,
    status: 'answered',
    firstSeenAt: '2026-11-02T09:00:00.000Z',
    lastSeenAt: '2026-11-02T09:30:00.000Z',
    answeredAt: '2026-11-02T09:30:00.000Z',
  },
];

const V1_RESPONSES: StoredRecord[] = [
  {
    itemKey: 'facebook:comment:3',
    platform: 'facebook',
    kind: 'comment',
    respondedAt: '2026-11-02T09:30:00.000Z',
    waitedMs: 1_800_000,
    agent: 'Sara',
    via: 'observed',
    sentText: 'Varsågod!',
  },
];

const V1_SETTINGS: StoredRecord[] = [
  {
    key: 'settings',
    value: {
      owners: [
        {
          platform: 'facebook',
          name: 'Kanelkompaniet',
          url: 'https://www.facebook.com/kanelkompaniet',
          source: 'options',
        },
      ],
      agentName: 'Sara',
      colleagues: ['Olle'],
      targetMinutes: 30,
      retentionMonths: 12,
      demo: false,
    },
  },
];

const OLD_GUIDE: unknown = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../data/migrations/tone-guide-schema-v4.json'),
    'utf8',
  ),
);

/** Version 2 code noted each author as a person in the same write, and kept guide revisions. */
const V2_PEOPLE: StoredRecord[] = [
  {
    id: 'facebook:https://www.facebook.com/anna',
    platform: 'facebook',
    name: 'Anna Lindqvist',
    profileUrl: 'https://www.facebook.com/anna',
    itemKeys: ['facebook:comment:1', 'facebook:comment:3'],
    lastSeenAt: '2026-11-02T09:00:00.000Z',
  },
  {
    id: 'linkedin:https://www.linkedin.com/in/erik',
    platform: 'linkedin',
    name: 'Erik Berg',
    profileUrl: 'https://www.linkedin.com/in/erik',
    itemKeys: ['linkedin:urn:li:comment:2'],
    lastSeenAt: '2026-10-31T08:00:00.000Z',
  },
];
const V2_TONE_GUIDES: StoredRecord[] = [
  { savedAt: '2026-11-03T12:00:00.000Z', origin: 'import', guide: OLD_GUIDE },
];

/** Version 3 code classified new items and kept waiting counts beside them. */
const V3_ITEMS: StoredRecord[] = [
  ...V1_ITEMS,
  {
    platform: 'facebook',
    kind: 'dm',
    key: 'facebook:dm:4',
    threadKey: 'facebook:conversation:4',
    author: { name: 'Maja Ek' },
    text: 'Kan jag beställa en tårta till lördag?',
    postedAt: '2026-10-30T09:00:00.000Z',
    answered: false,
    byOwner: false,
    ownedThread: true,
    waiting: true,
    status: 'waiting',
    firstSeenAt: '2026-11-04T10:00:00.000Z',
    lastSeenAt: '2026-11-04T10:00:00.000Z',
    language: 'sv',
    intent: 'order',
    sentiment: 'neutral',
  },
];
const V3_PEOPLE: StoredRecord[] = [
  ...V2_PEOPLE,
  {
    id: 'facebook:maja ek',
    platform: 'facebook',
    name: 'Maja Ek',
    // Version 3's notePerson wrote the key even when the page showed no profile link.
    profileUrl: undefined,
    itemKeys: ['facebook:dm:4'],
    lastSeenAt: '2026-10-30T09:00:00.000Z',
  },
];
const V3_COUNTERS: StoredRecord[] = [
  { key: 'waiting:facebook', value: 2 },
  { key: 'waiting:linkedin', value: 1 },
];

/** Version 5 code keyed a person by the profile link as the page wrote it, so one person seen on
 * the mobile site with a tracking query was a second row. */
const V5_ANNA_ON_MOBILE: StoredRecord = {
  platform: 'facebook',
  kind: 'comment',
  key: 'facebook:comment:5',
  threadKey: 'facebook:post:1',
  author: { name: 'Anna  Lindqvist', profileUrl: 'https://m.facebook.com/Anna/?ref=comment' },
  text: 'Ses på lördag!',
  postedAt: '2026-11-05T08:00:00.000Z',
  answered: true,
  byOwner: false,
  ownedThread: true,
  waiting: false,
  status: 'answered',
  firstSeenAt: '2026-11-05T08:10:00.000Z',
  lastSeenAt: '2026-11-05T08:10:00.000Z',
  answeredAt: '2026-11-05T08:10:00.000Z',
  language: 'sv',
  intent: 'other',
  sentiment: 'positive',
};
const V5_PEOPLE: StoredRecord[] = [
  ...V3_PEOPLE,
  {
    id: 'facebook:https://m.facebook.com/Anna/?ref=comment',
    platform: 'facebook',
    name: 'Anna  Lindqvist',
    profileUrl: 'https://m.facebook.com/Anna/?ref=comment',
    itemKeys: ['facebook:comment:5'],
    lastSeenAt: '2026-11-05T08:00:00.000Z',
  },
];

/** People as version 6 keys them (personIdentityOf), whichever version wrote them. */
const ANNA_V6: StoredRecord = {
  id: 'facebook:https://www.facebook.com/anna',
  platform: 'facebook',
  name: 'Anna Lindqvist',
  profileUrl: 'https://www.facebook.com/anna',
  itemKeys: ['facebook:comment:1', 'facebook:comment:3'],
  lastSeenAt: '2026-11-02T09:00:00.000Z',
};
const ERIK_V6: StoredRecord = {
  id: 'linkedin:https://www.linkedin.com/in/erik/',
  platform: 'linkedin',
  name: 'Erik Berg',
  profileUrl: 'https://www.linkedin.com/in/erik',
  itemKeys: ['linkedin:urn:li:comment:2'],
  lastSeenAt: '2026-10-31T08:00:00.000Z',
};
const MAJA_V6: StoredRecord = {
  id: 'facebook:name:maja ek',
  platform: 'facebook',
  name: 'Maja Ek',
  profileUrl: undefined,
  itemKeys: ['facebook:dm:4'],
  lastSeenAt: '2026-10-30T09:00:00.000Z',
};

interface WrittenBy {
  stores: Record<string, StoredRecord[]>;
  /** The people table after the upgrade to the current version. */
  people: StoredRecord[];
  /** The item the badge should call the oldest waiting one. */
  oldestWaitingKey: string;
}

const V3: WrittenBy = {
  stores: {
    items: V3_ITEMS,
    responses: V1_RESPONSES,
    settings: V1_SETTINGS,
    people: V3_PEOPLE,
    toneGuides: V2_TONE_GUIDES,
    counters: V3_COUNTERS,
  },
  people: [ANNA_V6, ERIK_V6, MAJA_V6],
  oldestWaitingKey: 'facebook:dm:4',
};

const WRITTEN_BY: Record<number, WrittenBy> = {
  1: {
    stores: { items: V1_ITEMS, responses: V1_RESPONSES, settings: V1_SETTINGS },
    people: [ANNA_V6, ERIK_V6],
    oldestWaitingKey: 'linkedin:urn:li:comment:2',
  },
  2: {
    stores: {
      items: V1_ITEMS,
      responses: V1_RESPONSES,
      settings: V1_SETTINGS,
      people: V2_PEOPLE,
      toneGuides: V2_TONE_GUIDES,
    },
    people: [ANNA_V6, ERIK_V6],
    oldestWaitingKey: 'linkedin:urn:li:comment:2',
  },
  3: V3,
  // Version 4 added indexes only: its code wrote version 3's records.
  4: V3,
  // Version 5 added exemplars, none stored here; Anna's two rows become one in version 6, with
  // both rows' items, the later sighting, and the name and link last seen.
  5: {
    ...V3,
    stores: { ...V3.stores, items: [...V3_ITEMS, V5_ANNA_ON_MOBILE], people: V5_PEOPLE },
    people: [
      {
        ...ANNA_V6,
        name: 'Anna  Lindqvist',
        profileUrl: 'https://m.facebook.com/Anna/?ref=comment',
        itemKeys: ['facebook:comment:1', 'facebook:comment:3', 'facebook:comment:5'],
        lastSeenAt: '2026-11-05T08:00:00.000Z',
      },
      ERIK_V6,
      MAJA_V6,
    ],
  },
};

const byKey = (a: StoredRecord, b: StoredRecord) =>
  String(a.key ?? a.id).localeCompare(String(b.key ?? b.id));
const sorted = (records: StoredRecord[]) => [...records].sort(byKey);
const withoutId = ({ id: _id, ...rest }: StoredRecord) => rest;
const withoutRevision = ({ revision: _revision, ...rest }: StoredRecord) => rest;

/** Writes the records with the old version's own schema, as that version's code would. */
async function writeOldDatabase(name: string, version: number, stores: Record<string, string>) {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  for (const [store, records] of Object.entries(WRITTEN_BY[version]!.stores)) {
    await old.table(store).bulkAdd(records);
  }
  old.close();
}

describe.each(SCHEMA_VERSIONS.filter((v) => v.version < CURRENT_SCHEMA_VERSION))(
  'a database written by schema version $version',
  ({ version, stores }) => {
    it('opens with the current code, every record intact and upgraded', async () => {
      const name = `migration-${version}-${crypto.randomUUID()}`;
      await writeOldDatabase(name, version, stores);
      const written = WRITTEN_BY[version]!.stores;

      const db = new SvaraDatabase(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

      const items = (await db.items.toArray()) as unknown as StoredRecord[];
      expect(sorted(items)).toEqual(sorted(written.items!));
      for (const item of items)
        expect(itemSchema.safeParse(item).success, String(item.key)).toBe(true);

      const responses = (await db.responses.toArray()) as unknown as StoredRecord[];
      expect(responses.map(withoutId)).toEqual(written.responses);
      for (const entry of responses) expect(responseLogEntrySchema.parse(entry)).toEqual(entry);

      expect(await getSettings(db)).toMatchObject({
        agentName: 'Sara',
        colleagues: ['Olle'],
        targetMinutes: 30,
        retentionMonths: 12,
      });

      // Version 2 derives engagement from the items stored before it; version 6 re-keys people.
      const people = (await db.people.toArray()) as unknown as StoredRecord[];
      expect(sorted(people)).toEqual(sorted(WRITTEN_BY[version]!.people));
      // Every item's author finds their row by the current key ("erase this person").
      for (const item of await db.items.toArray())
        expect(people.find((p) => p.id === personIdOf(item))?.itemKeys).toContain(item.key);

      // The guide saved in an old version is still the one in force.
      if (written.toneGuides) {
        const revisions = (await db.toneGuides.toArray()) as unknown as StoredRecord[];
        expect(revisions.map(withoutRevision)).toEqual(written.toneGuides);
        const parsed = parseToneGuide(OLD_GUIDE);
        expect(parsed.ok).toBe(true);
        expect(await activeToneGuide(db)).toEqual(parsed.ok ? parsed.guide : undefined);
      } else {
        expect(await db.toneGuides.count()).toBe(0);
        expect(await activeToneGuide(db)).toEqual(defaultToneGuide);
      }

      // Version 3 counts the waiting items already stored; later ones keep their counts.
      const waiting = written.items!.filter((item) => item.status === 'waiting');
      const waitingOn = (platform: string) => waiting.filter((i) => i.platform === platform);
      expect(await readWaitingCount(db)).toBe(waiting.length);
      expect(await readWaitingCount(db, 'facebook')).toBe(waitingOn('facebook').length);
      expect(await readWaitingCount(db, 'linkedin')).toBe(waitingOn('linkedin').length);

      // Version 4's indexes are built over the rows already there.
      expect((await oldestWaiting(db))?.key).toBe(WRITTEN_BY[version]!.oldestWaitingKey);
      expect(await db.exemplars.count()).toBe(0);

      // And the upgraded database takes new scans: an owner's reply ends Anna's wait.
      await applyPageScan(
        db,
        scanOf(
          [
            detected({ key: 'facebook:comment:1', text: 'Har ni öppet?', answered: true }),
            detected({
              key: 'facebook:comment:99',
              author: { name: 'Kanelkompaniet' },
              text: 'Ja, 9–17!',
              byOwner: true,
            }),
          ],
          false,
        ),
        new Date('2026-11-10T10:00:00.000Z'),
        'Sara',
      );
      expect((await db.items.get('facebook:comment:1'))?.status).toBe('answered');
      expect(await readWaitingCount(db, 'facebook')).toBe(waitingOn('facebook').length - 1);
      expect(await db.responses.count()).toBe(written.responses!.length + 1);
      await db.delete();
    });
  },
);

it('has an example of every earlier version', () => {
  for (const { version } of SCHEMA_VERSIONS.slice(0, -1)) expect(WRITTEN_BY[version]).toBeDefined();
});
