import type { SvaraDatabase } from '../../../utils/db/database';
import { notePerson } from '../../../utils/db/people';
import { saveSettings } from '../../../utils/db/settings';
import { saveToneGuide } from '../../../utils/db/tone-guides';
import type { Item } from '../../../utils/model/item';
import type { ResponseLogEntry } from '../../../utils/model/response-log';
import { defaultSettings } from '../../../utils/model/settings';
import { toneGuideSchema, type ToneGuideInput } from '../../../utils/tone/schema';

export function storedItem(fields: Partial<Item> & Pick<Item, 'key'>): Item {
  return {
    platform: 'facebook',
    kind: 'comment',
    threadKey: 'facebook:post:1',
    author: { name: 'Åsa Öberg', profileUrl: 'https://www.facebook.com/asa' },
    text: 'Är det öppet på söndag?',
    answered: false,
    byOwner: false,
    ownedThread: true,
    waiting: true,
    status: 'waiting',
    firstSeenAt: '2026-11-20T10:00:00.000Z',
    lastSeenAt: '2026-11-20T10:00:00.000Z',
    ...fields,
  };
}

export function logEntry(fields: Partial<ResponseLogEntry> & Pick<ResponseLogEntry, 'itemKey'>) {
  return {
    platform: 'facebook',
    kind: 'comment',
    respondedAt: '2026-11-20T10:12:00.000Z',
    waitedMs: 12 * 60_000,
    agent: 'Maja',
    via: 'manual',
    ...fields,
  } satisfies ResponseLogEntry;
}

export const ITEMS: Item[] = [
  storedItem({
    key: 'fb:1',
    status: 'answered',
    waiting: false,
    answered: true,
    answeredAt: '2026-11-20T10:12:00.000Z',
  }),
  storedItem({ key: 'fb:2', postedAt: '2026-11-20T09:55:00+01:00', language: 'sv' }),
  storedItem({
    key: 'li:1',
    platform: 'linkedin',
    kind: 'dm',
    threadKey: 'li:conv:1',
    author: { name: 'Bo Ek' },
    text: 'Hej! "Citat", komma och\nradbrytning',
    assignee: 'Maja',
  }),
];

export const RESPONSES = [
  logEntry({ itemKey: 'fb:1', sentText: 'Ja, 10–16!', via: 'suggestion', templateId: 'hours' }),
  logEntry({
    itemKey: 'li:1',
    via: 'dismissed',
    dismissReason: 'spam',
    respondedAt: '2026-11-21T08:00:00.000Z',
  }),
];

const surface = { maxLength: 1_000, greet: true, signOff: true };

/** A small guide that guide import accepts, as a person might have written it. */
export const SMALL_GUIDE = {
  name: 'Varm',
  brand: { names: ['Kanelkompaniet'] },
  languages: { supported: ['sv'], default: 'sv' },
  voice: [{ trait: 'Varm', description: 'Vänlig och kort', do: ['du'], dont: ['ni'] }],
  locales: {
    sv: { address: { form: 'du', avoid: ['ni'] }, greetings: ['Hej'], signOffs: ['Ha det fint'] },
  },
  emoji: { policy: 'sparingly', max: 1, allowed: ['🙂'] },
  maxExclamations: 1,
  surfaces: {
    'facebook-comment': surface,
    'facebook-dm': surface,
    'linkedin-comment': surface,
    'linkedin-dm': surface,
  },
  rules: [{ id: 'du', level: 'warning', message: 'Skriv du', kind: 'existence', tokens: ['ni'] }],
  escalation: [
    {
      id: 'kris',
      intents: ['crisis'],
      keywords: { sv: ['bojkott*'] },
      action: 'holding',
      handTo: 'Maja',
      guidance: 'Svara inte själv',
    },
  ],
  templates: [
    {
      id: 'oppet',
      language: 'sv',
      intents: ['question'],
      surfaces: ['facebook-comment'],
      triggers: ['öppet'],
      text: 'Hej {firstName}! Vi har öppet 10–16.',
      variables: ['firstName'],
    },
  ],
} satisfies ToneGuideInput;

/** A guide as Svara stores it: parsed on import or edit, defaults filled in. */
export function savedGuide(name: string) {
  return toneGuideSchema.parse({ ...SMALL_GUIDE, name });
}

/** A database holding a little of everything a backup carries. */
export async function fillDatabase(db: SvaraDatabase) {
  await db.items.bulkAdd(ITEMS);
  for (const item of ITEMS) await notePerson(db, item);
  await db.responses.bulkAdd(RESPONSES);
  await saveToneGuide(db, savedGuide('Varm'), 'default', new Date('2026-11-01T08:00:00Z'));
  await saveToneGuide(db, savedGuide('Varm och kort'), 'editor', new Date('2026-11-10T08:00:00Z'));
  await saveSettings(db, {
    ...defaultSettings,
    agentName: 'Maja',
    colleagues: ['Olle'],
    targetMinutes: 30,
    retentionMonths: 6,
    owners: [{ platform: 'facebook', name: 'Kanelkompaniet', source: 'options' }],
  });
}

/** Every table as plain rows, for before/after comparisons. */
export async function snapshot(db: SvaraDatabase) {
  return {
    items: await db.items.orderBy('key').toArray(),
    responses: await db.responses.orderBy('id').toArray(),
    people: await db.people.orderBy('id').toArray(),
    toneGuides: await db.toneGuides.orderBy('revision').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
  };
}
