import type { z } from 'zod';
import type { Item } from '../model/item';
import type { ResponseLogEntry } from '../model/response-log';
import type { ToneGuide } from '../tone/schema';
import {
  guideOriginSchema,
  teamGuideDocSchema,
  teamGuideId,
  teamItemDocSchema,
  teamItemId,
  teamResponseDocSchema,
  teamResponseId,
  sharedItemSchema,
  type TeamGuideDoc,
  type TeamItemDoc,
  type TeamResponseDoc,
} from './documents';
import { mergeSharedItems } from './merge';

/**
 * Dexie records ↔ team documents. Pure: what goes out is parsed before it is written, what comes
 * in is parsed before it is copied into Dexie; local-only fields never leave and are kept.
 */
export function teamItemFromItem(item: Item): TeamItemDoc {
  return teamItemDocSchema.parse({
    _id: teamItemId(item.key),
    type: 'item',
    item: sharedItemSchema.parse(item),
  });
}

/**
 * The item Dexie should hold once `doc` arrived: the team's version merged with this browser's,
 * so a replica never loses what it knew (an answer seen here, an earlier first sighting), with
 * this browser's own assignee and filled suggestion kept.
 */
export function itemFromTeamItem(doc: TeamItemDoc, local: Item | undefined): Item {
  if (!local) return { ...doc.item };
  const { assignee, pendingSuggestion } = local;
  const merged = mergeSharedItems(sharedItemSchema.parse(local), doc.item);
  return {
    ...merged,
    ...(assignee !== undefined && { assignee }),
    ...(pendingSuggestion !== undefined && { pendingSuggestion }),
  };
}

export function teamResponseFromEntry(
  entry: ResponseLogEntry,
  ulid: string,
  by: string,
): TeamResponseDoc {
  const { id, ...response } = entry;
  return teamResponseDocSchema.parse({ _id: teamResponseId(ulid), type: 'response', by, response });
}

/** A log entry for Dexie; Dexie numbers it. */
export function entryFromTeamResponse(doc: TeamResponseDoc): ResponseLogEntry {
  return { ...doc.response };
}

export function teamGuideFromGuide(
  guide: ToneGuide,
  revision: number,
  origin: z.infer<typeof guideOriginSchema>,
  by: string,
  savedAt: string,
): TeamGuideDoc {
  return teamGuideDocSchema.parse({
    _id: teamGuideId(revision),
    type: 'guide',
    revision,
    savedAt,
    origin,
    by,
    guide,
  });
}

/** A revision for Dexie's toneGuides table (ToneGuideRevision), which numbers revisions itself. */
export function revisionFromTeamGuide(doc: TeamGuideDoc) {
  return { savedAt: doc.savedAt, origin: doc.origin, guide: doc.guide };
}
