/** The extension origin's one IndexedDB database. */
export const DATABASE_NAME = 'svara';

/**
 * Every schema version Svara has shipped, oldest first. A new version is appended, never edited,
 * with an upgrade when existing rows must change; tests/unit/db/migrations.test.ts opens a
 * database written by each earlier version with the current code.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      items: '&key, status, [status+platform], firstSeenAt, threadKey',
      responses: '++id, itemKey, respondedAt, agent',
      settings: '&key',
    },
  },
  {
    // Engagement per author and tone guide revisions; `author.name` indexed for erasing a person.
    version: 2,
    stores: {
      items: '&key, status, [status+platform], firstSeenAt, threadKey, author.name',
      responses: '++id, itemKey, respondedAt, agent',
      settings: '&key',
      people: '&id, lastSeenAt',
      toneGuides: '++revision, savedAt',
    },
  },
  {
    // Waiting counts kept beside the items, so the popup and badge need not count an index.
    version: 3,
    stores: {
      items: '&key, status, [status+platform], firstSeenAt, threadKey, author.name',
      responses: '++id, itemKey, respondedAt, agent',
      settings: '&key',
      people: '&id, lastSeenAt',
      toneGuides: '++revision, savedAt',
      counters: '&key',
    },
  },
  {
    // The oldest waiting item from two indexes instead of a walk over every waiting item: the
    // badge asks at every page scan.
    version: 4,
    stores: {
      items:
        '&key, status, [status+platform], firstSeenAt, threadKey, author.name, [status+postedAt], [status+firstSeenAt]',
      responses: '++id, itemKey, respondedAt, agent',
      settings: '&key',
      people: '&id, lastSeenAt',
      toneGuides: '++revision, savedAt',
      counters: '&key',
    },
  },
  {
    // A person's corrections of the understanding (another intent, escalated by hand), kept
    // locally to re-rank similar messages.
    version: 5,
    stores: {
      items:
        '&key, status, [status+platform], firstSeenAt, threadKey, author.name, [status+postedAt], [status+firstSeenAt]',
      responses: '++id, itemKey, respondedAt, agent',
      settings: '&key',
      people: '&id, lastSeenAt',
      toneGuides: '++revision, savedAt',
      counters: '&key',
      exemplars: '++id, itemKey, savedAt',
    },
  },
  {
    // People re-keyed by personIdentityOf (utils/model/person.ts), the key engagement and
    // snapshots use too: one person seen through two link variants is one row.
    version: 6,
    stores: {
      items:
        '&key, status, [status+platform], firstSeenAt, threadKey, author.name, [status+postedAt], [status+firstSeenAt]',
      responses: '++id, itemKey, respondedAt, agent',
      settings: '&key',
      people: '&id, lastSeenAt',
      toneGuides: '++revision, savedAt',
      counters: '&key',
      exemplars: '++id, itemKey, savedAt',
    },
  },
] as const;

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
