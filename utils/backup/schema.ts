import { z } from 'zod';
import { authorSchema, platformSchema } from '../model/detected-item';
import { itemSchema, pendingSuggestionSchema } from '../model/item';
import { ownerIdentitySchema } from '../model/owner';
import { responseLogEntrySchema } from '../model/response-log';
import { settingsSchema } from '../model/settings';
import { issuesToReport, ownIssue, uiMessageOf, type ValidationProblem } from '../model/problem';
import { parseToneGuideWithSafePatterns } from '../tone/pattern-safety';

export const BACKUP_FORMAT = 'svara-backup';
/** Raised only when a backup's shape changes; older versions then get an upgrade path here. */
export const BACKUP_VERSION = 1;

/**
 * Files above this size are refused before they are read or parsed: a backup of a busy year is a
 * few megabytes, and JSON.parse of a huge file would hold the options page for seconds.
 */
export const MAX_BACKUP_MEGABYTES = 50;
export const MAX_BACKUP_BYTES = MAX_BACKUP_MEGABYTES * 1_000_000;

// A backup is restored exactly as written, so every object refuses fields Svara does not write
// (a typo or a hand-edited file would otherwise be dropped silently). The records' own schemas
// strip unknown fields instead, which suits page data; only their object shapes are tightened here.
const strictOwnerSchema = z.strictObject(ownerIdentitySchema.shape);

const strictItemSchema = z.strictObject({
  ...itemSchema.shape,
  author: z.strictObject(authorSchema.shape),
  pendingSuggestion: z.strictObject(pendingSuggestionSchema.shape).optional(),
});

const strictSettingsSchema = z
  .strictObject({
    ...settingsSchema.shape,
    owners: z.array(strictOwnerSchema).default([]),
  })
  .superRefine((settings, ctx) => {
    // Demo mode adds the fictional company's identities to every scan; only `npm start` sets it.
    if (settings.demo) {
      ctx.addIssue(ownIssue(['demo'], 'demo mode cannot be restored', 'backupDemoSettings'));
    }
    settings.owners.forEach((owner, index) => {
      if (owner.source === 'demo') {
        ctx.addIssue(
          ownIssue(
            ['owners', index, 'source'],
            'a demo identity cannot be restored',
            'backupDemoOwner',
          ),
        );
      }
    });
  });

export const personSchema = z.strictObject({
  id: z.string().min(1),
  platform: platformSchema,
  name: z.string().max(1_000),
  profileUrl: z.string().max(4_000).optional(),
  itemKeys: z.array(z.string().min(1)),
  /** An item's postedAt or firstSeenAt, so with the page's offset or in UTC. */
  lastSeenAt: z.iso.datetime({ offset: true }),
});

export const toneGuideRevisionSchema = z.strictObject({
  revision: z.number().int().positive().optional(),
  savedAt: z.iso.datetime(),
  origin: z.enum(['default', 'import', 'editor', 'restore']),
  // Checked afterwards with the tone guide's own schema and pattern check (see parseBackup).
  guide: z.unknown(),
});

/** Duplicate keys inside one backup would make "merge without duplicates" ambiguous. */
function uniqueBy<T>(rows: readonly T[], keyOf: (row: T) => string, context: z.RefinementCtx) {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const key = keyOf(row);
    if (seen.has(key)) {
      context.addIssue(ownIssue([index], `duplicate key ${key}`, 'backupDuplicateKey', { key }));
    }
    seen.add(key);
  });
}

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  items: z
    .array(strictItemSchema)
    .superRefine((items, ctx) => uniqueBy(items, (item) => item.key, ctx)),
  responses: z.array(z.strictObject(responseLogEntrySchema.shape)),
  people: z
    .array(personSchema)
    .superRefine((people, ctx) => uniqueBy(people, (person) => person.id, ctx)),
  toneGuides: z.array(toneGuideRevisionSchema),
  settings: strictSettingsSchema,
});
export type Backup = z.infer<typeof backupSchema>;

export type BackupProblem = ValidationProblem;
export type ParseBackupResult =
  { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function unknownField(path: readonly PropertyKey[]): BackupProblem {
  return {
    path: formatPath(path),
    message: 'not a field of a Svara backup',
    messageKey: 'backupUnknownField',
  };
}

/** One problem per issue; an unknown-keys issue becomes one per field, each with its own path. */
function problemsOf(issues: readonly z.core.$ZodIssue[]): BackupProblem[] {
  return issuesToReport(issues).flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => unknownField([...issue.path, key]));
    }
    return [{ path: formatPath(issue.path), message: issue.message, ...uiMessageOf(issue) }];
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Fields of `input` that parsing dropped: the tone guide's schema strips unknown fields (its
 * import keeps what it understands), but a restore must not store what no guide can hold.
 */
function droppedFields(input: unknown, output: unknown, path: PropertyKey[]): BackupProblem[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((value, index) => droppedFields(value, output[index], [...path, index]));
  }
  if (!isPlainObject(input) || !isPlainObject(output)) return [];
  return Object.entries(input).flatMap(([key, value]) =>
    Object.hasOwn(output, key)
      ? droppedFields(value, output[key], [...path, key])
      : [unknownField([...path, key])],
  );
}

/**
 * Every saved revision must be a guide that guide import would accept, patterns included. Read
 * from the document as given, so a file broken elsewhere still gets its guides checked.
 */
async function revisionProblems(json: unknown): Promise<BackupProblem[]> {
  const revisions = isPlainObject(json) && Array.isArray(json.toneGuides) ? json.toneGuides : [];
  const problems: BackupProblem[] = [];
  for (const [index, revision] of revisions.entries()) {
    if (!isPlainObject(revision) || !('guide' in revision)) continue; // reported by the schema
    const at = ['toneGuides', index, 'guide'];
    const parsed = await parseToneGuideWithSafePatterns(revision.guide);
    if (!parsed.ok) {
      // A guide's paths start with a field name, or are empty for the guide itself.
      const prefix = formatPath(at);
      problems.push(
        ...parsed.problems.map((problem) => ({
          ...problem,
          path: problem.path ? `${prefix}.${problem.path}` : prefix,
        })),
      );
    } else {
      problems.push(...droppedFields(revision.guide, parsed.guide, at));
    }
  }
  return problems;
}

/** Every problem in the document at once, so a person can fix a file in one go. */
export async function parseBackup(json: unknown): Promise<ParseBackupResult> {
  const parsed = backupSchema.safeParse(json, { reportInput: true });
  const problems = [
    ...(parsed.success ? [] : problemsOf(parsed.error.issues)),
    ...(await revisionProblems(json)),
  ];
  return parsed.success && problems.length === 0
    ? { ok: true, backup: parsed.data }
    : { ok: false, problems };
}

export type ReadBackupResult = { ok: true; json: unknown } | { ok: false; problem: BackupProblem };

const tooLarge: BackupProblem = {
  path: '',
  message: `larger than ${MAX_BACKUP_MEGABYTES} MB`,
  messageKey: 'backupTooLarge',
  params: { megabytes: MAX_BACKUP_MEGABYTES },
};

/** A file's size is known before it is read: refuse an oversized one without reading it. */
export function backupSizeProblem(bytes: number): BackupProblem | null {
  return bytes > MAX_BACKUP_BYTES ? tooLarge : null;
}

/**
 * A backup file's text as JSON. The size is checked first: a string of n UTF-16 units is at least
 * n bytes in UTF-8, so a text longer than the cap came from a file over it.
 */
export function readBackupText(text: string): ReadBackupResult {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, problem: tooLarge };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      problem: { path: '', message: 'not JSON', messageKey: 'backupNotJson' },
    };
  }
}
