import { z } from 'zod';
import { platformSchema } from '../model/detected-item';
import { itemSchema } from '../model/item';
import { responseLogEntrySchema } from '../model/response-log';
import { settingsSchema } from '../model/settings';
import { ownIssue, ownMessageOf, type ValidationProblem } from '../model/problem';

export const BACKUP_FORMAT = 'svara-backup';
/** Raised only when a backup's shape changes; older versions then get an upgrade path here. */
export const BACKUP_VERSION = 1;

export const personSchema = z.object({
  id: z.string().min(1),
  platform: platformSchema,
  name: z.string().max(1_000),
  profileUrl: z.string().max(4_000).optional(),
  itemKeys: z.array(z.string().min(1)),
  lastSeenAt: z.string(),
});

export const toneGuideRevisionSchema = z.object({
  revision: z.number().int().positive().optional(),
  savedAt: z.iso.datetime(),
  origin: z.enum(['default', 'import', 'editor', 'restore']),
  // The tone guide has its own schema and versions; a revision keeps whatever was saved.
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

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  items: z.array(itemSchema).superRefine((items, ctx) => uniqueBy(items, (item) => item.key, ctx)),
  responses: z.array(responseLogEntrySchema),
  people: z
    .array(personSchema)
    .superRefine((people, ctx) => uniqueBy(people, (person) => person.id, ctx)),
  toneGuides: z.array(toneGuideRevisionSchema),
  settings: settingsSchema,
});
export type Backup = z.infer<typeof backupSchema>;

export type BackupProblem = ValidationProblem;

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Every problem in the document at once, so a person can fix a file in one go. */
export function parseBackup(
  json: unknown,
): { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[] } {
  const parsed = backupSchema.safeParse(json);
  if (parsed.success) return { ok: true, backup: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
      ...ownMessageOf(issue),
    })),
  };
}
