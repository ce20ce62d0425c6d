/**
 * What one extraction of Facebook comments carries from comment to comment: made afresh by every
 * `extractComments` call and dropped when it returns, so no call sees another's page.
 */
import type { DetectedItem } from '../../model/detected-item';
import type { OwnerIdentity } from '../../model/owner';
import { ownerMatcher } from '../owners';
import { parseRelativeTime } from '../relative-time';
import type { PartIndex } from './comment-parts';
import { AUTHOR_BADGE_WORDS, allWords } from './selectors';
import { squash } from './text';

type Author = DetectedItem['author'];

/** Facts that repeat across the comments of one extraction, remembered for its duration. */
export interface Scan {
  now: Date;
  /** The page's UI language (`<html lang>`): a few time units depend on it. */
  language: string;
  isOwnerAuthor: (author: Author) => boolean;
  ownerNames: string[];
  /** The identity badge texts ("Author") of every locale, lower case. */
  badgeWords: ReadonlySet<string>;
  /** `parseRelativeTime` per label: a page shows the same few ("1w", "2 h") everywhere. */
  times: Map<string, string | undefined>;
  /** Whether a button text is an identity badge ("Author"), per text. */
  badges: Map<string, boolean>;
  /** Each comment article's own parts. */
  parts: PartIndex;
}

/** A scan of `root`, whose comment articles' parts `parts` indexes (`indexParts`). */
export function newScan(
  root: ParentNode,
  parts: PartIndex,
  owners: OwnerIdentity[],
  now: Date,
): Scan {
  return {
    parts,
    now,
    language: pageLanguage(root),
    isOwnerAuthor: ownerMatcher('facebook', owners),
    ownerNames: owners.filter((o) => o.platform === 'facebook').map((o) => o.name),
    badgeWords: new Set(allWords(AUTHOR_BADGE_WORDS)),
    times: new Map(),
    badges: new Map(),
  };
}

function pageLanguage(root: ParentNode): string {
  const node = root as Node;
  const document = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return document?.documentElement?.lang ?? '';
}

export function parseTime(scan: Scan, label: string): string | undefined {
  let parsed = scan.times.get(label);
  if (parsed === undefined && !scan.times.has(label)) {
    parsed = parseRelativeTime(squash(label), scan.now, scan.language);
    scan.times.set(label, parsed);
  }
  return parsed;
}

export function isBadge(scan: Scan, text: string): boolean {
  let badge = scan.badges.get(text);
  if (badge === undefined) {
    badge = scan.badgeWords.has(squash(text).toLocaleLowerCase());
    scan.badges.set(text, badge);
  }
  return badge;
}
