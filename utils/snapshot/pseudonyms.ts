import type { DetectedItem, Platform } from '../model/detected-item';
import { personIdentityOf } from '../model/person';
import { platformById } from '../platforms/platforms';
import type { PseudonymRules } from '../platforms/description';

/** The parts of a detected item that name or quote a person. */
export type PersonalItem = Pick<DetectedItem, 'text'> & {
  author: { name: string; profileUrl?: string };
  key?: string;
  threadKey?: string;
  permalink?: string;
  parentKey?: string;
};

/** Where links that leave the platform point after sanitising. */
export const REDACTED_URL = 'https://example.invalid/redacted';

// One pass over every id shape, so a replacement is never rewritten by a later rule:
// LinkedIn member/profile URN ids, Facebook's opaque post ids, base64 tokens (Facebook's
// `comment_id` is base64 of "comment:<postId>_<commentId>"), and runs of 5+ digits (comment, post
// and activity ids; shorter numbers are counts and times).
const ID_PATTERN =
  /(?<=\b(?:fsd_profile|fs_miniProfile|fs_profile|member):)(?<profile>[A-Za-z0-9_-]{6,})|(?<pfbid>\bpfbid0[0-9A-Za-z]+)|(?<base64>[A-Za-z0-9+/]{16,}={0,2})|(?<digits>\d{5,})/g;
const DIGIT_RUN = /\d{5,}/g;

const LOREM =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut ' +
  'labore et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco ';

/**
 * Consistent placeholders for one snapshot: the same person, text or id always gets the same
 * stand-in, different ones never share one, so the sanitised page and the sanitised detected items
 * still agree with each other (a fixture's page.html and expected.json).
 */
export class Pseudonyms {
  private readonly people = new Map<string, number>();
  private readonly realNames = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  private readonly idMap = new Map<string, string>();
  private personCount = 0;
  /** The platform's link shapes: where the person is in a link. */
  private readonly rules: PseudonymRules;

  /** `textPrefixes`: the platform's prefixes of item texts that detection reads ("You:"). */
  constructor(
    readonly platform: Platform,
    private readonly textPrefixes: readonly string[] = [],
  ) {
    this.rules = platformById(platform).pseudonyms;
  }

  /** The person number for a name and/or profile URL, linking both when given together. */
  person(name?: string, profileUrl?: string): number {
    // The platform's rules say whether a link names someone; personIdentityOf says who, as the
    // people table and engagement do.
    const nameKey = name?.trim() ? personIdentityOf(this.platform, { name }) : null;
    const profileKey =
      profileUrl && this.profileSlug(profileUrl)
        ? personIdentityOf(this.platform, {
            name: '',
            profileUrl: new URL(profileUrl, this.rules.origin).href,
          })
        : null;
    const known =
      (profileKey && this.people.get(profileKey)) || (nameKey && this.people.get(nameKey));
    const number = known || ++this.personCount;
    if (nameKey && !this.people.has(nameKey)) this.people.set(nameKey, number);
    if (profileKey && !this.people.has(profileKey)) this.people.set(profileKey, number);
    if (name?.trim() && !this.realNames.has(name.trim())) {
      this.realNames.set(name.trim(), `Person ${this.people.get(nameKey!)}`);
    }
    return number;
  }

  name(real: string): string {
    if (!real.trim()) return real;
    return `Person ${this.person(real)}`;
  }

  /** Names seen so far, longest first so "Anna Berg" is replaced before "Anna". */
  knownNames(): [real: string, placeholder: string][] {
    return [...this.realNames].sort(([a], [b]) => b.length - a.length);
  }

  /**
   * A stand-in of about the same length, numbered so different texts stay different; a prefix
   * that detection reads ("You:") stays in front of it.
   */
  text(real: string): string {
    const prefix = this.textPrefixes.find(
      (candidate) => real.startsWith(candidate) && real.length > candidate.length,
    );
    if (prefix) return `${prefix} ${this.text(real.slice(prefix.length).trim())}`;
    const existing = this.texts.get(real);
    if (existing) return existing;
    const label = `Text ${this.texts.size + 1}`;
    const filler = LOREM.repeat(Math.ceil(real.length / LOREM.length) + 1);
    const placeholder =
      real.length <= label.length + 1
        ? label
        : `${label} ${filler}`.slice(0, real.length).trimEnd();
    this.texts.set(real, placeholder);
    return placeholder;
  }

  /** Replaces ids inside any string (URNs, keys, paths), keeping their shape and length. */
  ids(value: string): string {
    return value.replace(ID_PATTERN, (...args) => {
      const token = args[0] as string;
      const groups = args.at(-1) as Record<string, string | undefined>;
      if (groups.profile || groups.pfbid) return this.mapId(token, () => this.opaqueId(token));
      if (groups.base64) return this.base64Id(token);
      return this.digitId(token);
    });
  }

  /**
   * A platform link with the person replaced by `placeholder-N`, ids replaced and tracking dropped;
   * links that leave the platform become REDACTED_URL; script and other schemes become "#".
   */
  url(href: string): string {
    let url: URL;
    try {
      url = new URL(href, this.rules.origin);
    } catch {
      return '#';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return '#';
    const segments = url.pathname.split('/').filter(Boolean);
    if (!this.rules.hosts.test(url.hostname) || this.rules.isOutboundRedirect(url, segments)) {
      return REDACTED_URL;
    }
    const slug = this.profileSlug(href);
    let path = segments;
    if (slug) {
      const placeholder = `placeholder-${this.person(undefined, href)}`;
      path = this.rules.withPlaceholder(segments, placeholder);
    } else if (segments[1] && this.rules.namesSomeone(segments)) {
      path = [
        segments[0],
        this.mapId(`${segments[0]}/${segments[1]}`, () =>
          this.rules.standInFor(segments, this.idMap.size + 1),
        ),
        ...segments.slice(2),
      ];
    }
    const sanitised = new URL(this.rules.origin);
    sanitised.hostname = url.hostname;
    const trailingSlash = segments.length > 0 && url.pathname.endsWith('/') ? '/' : '';
    sanitised.pathname =
      '/' + path.map((segment) => this.ids(decodeURIComponent(segment))).join('/') + trailingSlash;
    // encodeURIComponent, as the platforms and the adapters write these (URLSearchParams would
    // also escape the parentheses of LinkedIn URNs).
    sanitised.search = [...url.searchParams]
      .filter(([name]) => this.rules.contentParams.has(name))
      .map(([name, value]) => `${name}=${encodeURIComponent(this.ids(value))}`)
      .join('&');
    return sanitised.toString();
  }

  /** A link to a person's or Page's profile itself, not to something they posted. */
  isProfileLink(href: string): boolean {
    if (!this.profileSlug(href)) return false;
    const segments = new URL(href, this.rules.origin).pathname.split('/').filter(Boolean);
    return this.rules.isProfileItself(segments);
  }

  /** The person part of a profile link (username, numeric id, /in/ or /company/ slug), or null. */
  profileSlug(href: string): string | null {
    let url: URL;
    try {
      url = new URL(href, this.rules.origin);
    } catch {
      return null;
    }
    if (!this.rules.hosts.test(url.hostname)) return null;
    return this.rules.profileSlug(url, url.pathname.split('/').filter(Boolean));
  }

  /** The item as it reads against the sanitised page. */
  item<T extends PersonalItem>(item: T): T {
    const sanitised: T = {
      ...item,
      author: {
        ...item.author,
        name: this.name(item.author.name),
        ...(item.author.profileUrl ? { profileUrl: this.url(item.author.profileUrl) } : {}),
      },
      text: item.text.trim() ? this.text(item.text) : item.text,
    };
    for (const field of ['key', 'threadKey', 'parentKey'] as const) {
      const value = item[field];
      if (value !== undefined) sanitised[field] = this.ids(value) as T[typeof field];
    }
    if (item.permalink !== undefined) sanitised.permalink = this.url(item.permalink);
    return sanitised;
  }

  private base64Id(token: string): string {
    let decoded: string | null = null;
    try {
      decoded = atob(token);
    } catch {
      // Not base64 after all: a long word or number.
    }
    if (decoded && /^comment:\d+_\d+$/.test(decoded)) {
      return btoa(decoded.replace(DIGIT_RUN, (digits) => this.digitId(digits)));
    }
    return token.replace(DIGIT_RUN, (digits) => this.digitId(digits));
  }

  private digitId(digits: string): string {
    return this.mapId(
      digits,
      () => `1${String(this.idMap.size + 1).padStart(digits.length - 1, '0')}`,
    );
  }

  private opaqueId(token: string): string {
    const prefix = token.startsWith('pfbid0') ? 'pfbid0' : '';
    return `${prefix}X${this.idMap.size + 1}`.padEnd(token.length, 'x');
  }

  private mapId(original: string, create: () => string): string {
    let replacement = this.idMap.get(original);
    if (!replacement) {
      replacement = create();
      this.idMap.set(original, replacement);
    }
    return replacement;
  }
}
