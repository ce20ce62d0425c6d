// Type-only imports: the model builds its platform enum from the descriptions.
import type { ItemKind } from '../model/detected-item';

/** How a snapshot replaces the people in a platform's links (utils/snapshot/pseudonyms.ts). */
export interface PseudonymRules {
  /** What relative links resolve against. */
  readonly origin: string;
  /** Hosts whose links stay, sanitised; links to anywhere else are redacted. */
  readonly hosts: RegExp;
  /** Query parameters that address content (kept, ids replaced); every other one is dropped. */
  readonly contentParams: ReadonlySet<string>;
  /** A link shim or redirect that carries the real target in its query. */
  readonly isOutboundRedirect: (url: URL, segments: readonly string[]) => boolean;
  /** The person part of a profile link (a username, an id), or null when it names nobody. */
  readonly profileSlug: (url: URL, segments: readonly string[]) => string | null;
  /** A profile link's path with the person's part replaced by `placeholder`. */
  readonly withPlaceholder: (segments: readonly string[], placeholder: string) => string[];
  /** The profile itself, not something posted under it. */
  readonly isProfileItself: (segments: readonly string[]) => boolean;
  /**
   * Whether the second segment is named after someone without being their profile (a group's
   * vanity name, a post's author slug), and the stand-in that replaces it (`number` counts up).
   */
  readonly namesSomeone: (segments: readonly string[]) => boolean;
  readonly standInFor: (segments: readonly string[], number: number) => string;
}

/** Time after a customer's last message in which the platform still lets a Page answer. */
export interface ReplyWindows {
  /** The standard window. */
  readonly standardMs: number;
  /** The longer window open to a human agent. */
  readonly humanAgentMs: number;
}

/**
 * What Svara knows of a platform outside its pages: data and pure functions, no DOM, light enough
 * for every page of the extension (the DOM side is the folder's adapter, which only its content
 * script loads). `PLATFORMS` in platforms.ts lists every platform, and is the only list.
 */
export interface PlatformDescription<Id extends string = string, S extends string = string> {
  readonly id: Id;
  /** The brand's own name: the same in every language. */
  readonly name: string;
  /** The brand's colour, for the mark next to its counts. */
  readonly colour: string;
  /** URL match patterns: the manifest's host permissions and the content script's matches. */
  readonly matches: readonly string[];
  /** Hosts allowed to report this platform's items (a page cannot write another's). */
  readonly reportingHosts: RegExp;
  /** Page kinds the platform has, as `surfaceOf` names them. */
  readonly surfaces: readonly S[];
  /** Page kind from the URL alone; null when Svara has nothing to read there. */
  readonly surfaceOf: (url: URL) => S | null;
  /** The longest reply the platform itself accepts, per kind of item (characters). */
  readonly replyLimits: Readonly<Record<ItemKind, number>>;
  /** DM reply windows, for platforms that close a conversation to Pages after a while. */
  readonly dmReplyWindows?: ReplyWindows;
  /**
   * The profile or page address a pasted link names, normalised as the adapter writes authors'
   * addresses; undefined when it is no profile or page of this platform.
   */
  readonly profileAddressOf: (link: string) => string | undefined;
  readonly pseudonyms: PseudonymRules;
}
