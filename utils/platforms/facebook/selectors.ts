/**
 * Every selector and localised word the Facebook adapter reads, with where and when it was seen.
 * Structure first (roles, nesting, link shapes); words only where no structure tells the same,
 * and then as per-locale tables. Never a hashed atomic class such as `x1n2onr6`: those change with
 * every deploy. tests/unit/platforms/facebook/selectors.test.ts checks each one still matches a
 * fixture.
 */

// --- Post comments (Comet interface) ---

/** Comments and replies: `role="article"` carrying `aria-label="Comment by <Name> <time>"`.
 * Seen: real capture 2025-06 (comet-profile-post-comments); SIGNALS.md (web-archiving tools). */
export const COMMENT_ARTICLE = '[role="article"][aria-label]';

/** Posts: `role="article"` without aria-label (labelled by its header instead).
 * Seen: real capture 2025-06, the post inside the `[role=dialog]`; feed posts per SIGNALS.md. */
export const POST_ARTICLE = '[role="article"]:not([aria-label])';

/** The post dialog that a post's comment list opens in. Seen: real capture 2025-06. */
export const POST_DIALOG = '[role="dialog"]';

/** Post author link in the post header. Seen: real capture 2025-06,
 * `div[data-ad-rendering-role="profile_name"] h3 a`. */
export const POST_AUTHOR_LINK = '[data-ad-rendering-role="profile_name"] a[href]';

/** Older post header: the author link inside the header heading (h2–h4). Seen: the real
 * capture 2025-06 has it inside an `h3` too; kept for headers without the data attribute. */
export const POST_HEADER_LINK = 'h2 a[href], h3 a[href], h4 a[href]';

/** Links that carry a comment id (author, avatar and time links of a comment).
 * Seen: real capture 2025-06, `?comment_id=<base64 "comment:<post>_<comment>">` on the author
 * link and `?comment_id=<numeric>` on the time link; replies add `reply_comment_id`. */
export const COMMENT_ID_LINK = 'a[href*="comment_id="]';

/** Candidate comment text blocks: the longest wins. Seen: real capture 2025-06,
 * `span[dir=auto][lang] > div[dir=auto]` per paragraph. */
export const TEXT_BLOCK = '[dir="auto"]';

/** Buttons in and beside a comment: the identity badge and the collapsed reply summary
 * ("Anayeat Khan replied · 1 reply", after the comment in its wrapper). Seen: real capture
 * 2025-06. */
export const BUTTON = '[role="button"]';

/** Identity badge next to a comment author is a `[role=button]` (BUTTON) whose text names the
 * badge ("Author", "Top fan"). Seen: real capture 2025-06, with the English-only
 * `aria-label="View information about identity badges"`, so the text (AUTHOR_BADGE_WORDS) decides. */

/** Comment and reply editor (Lexical). Seen: SIGNALS.md (replaced Draft.js; 2023–2025). */
export const REPLY_BOX = '[contenteditable="true"][role="textbox"][data-lexical-editor]';

// --- Messenger (www.facebook.com/messages, www.messenger.com) ---

/** Conversation list rows. Seen: an open-source desktop client's selectors, 2025 (SIGNALS.md). */
export const CONVERSATION_ROW = '[role="navigation"] [role="grid"] [role="row"]';

/** The conversation link inside a row. Seen: SIGNALS.md, `/messages/t/<id>` and
 * `/messages/e2ee/t/<id>` on facebook.com; `/t/<id>` and `/e2ee/t/<id>` on messenger.com. */
export const CONVERSATION_LINK = 'a[href*="/t/"]';

/** The open conversation's message rows. Seen: the Comet Messenger view keeps the thread in
 * `[role=main]` with one `[role=row]` per message (fixtures written from SIGNALS.md, 2026). */
export const MESSAGE_ROW = '[role="main"] [role="row"]';

/** The open conversation's title (the other person's or group's name), used when the list is not
 * shown. Seen: Comet Messenger header `h2` in `[role=main]` (fixtures from SIGNALS.md, 2026). */
export const CONVERSATION_TITLE = '[role="main"] h2';

/** The open conversation's composer, also Lexical. Seen: SIGNALS.md. */
export const MESSAGE_BOX = '[role="main"] [contenteditable="true"][role="textbox"]';

// --- Signed-in identity ---

/** Locale → words. en from the 2025 capture and SIGNALS.md; sv, da, nb, de are Facebook's
 * translations as shown in those UI languages (not seen in a public capture: verify when users
 * send snapshots). Lower-cased matching, so case here is for reading only. */
type LocaleTable = Readonly<Record<'en' | 'sv' | 'da' | 'nb' | 'de', readonly string[]>>;

/** `a[aria-label="Your profile"]`: the signed-in user's profile link (SIGNALS.md). */
export const YOUR_PROFILE_LABELS: LocaleTable = {
  en: ['Your profile'],
  sv: ['Din profil'],
  da: ['Din profil'],
  nb: ['Profilen din', 'Din profil'],
  de: ['Dein Profil', 'Ihr Profil'],
};

/** The identity badge text on the post author's comments (real capture 2025-06: "Author"). */
export const AUTHOR_BADGE_WORDS: LocaleTable = {
  en: ['Author'],
  sv: ['Författare'],
  da: ['Forfatter'],
  nb: ['Forfatter'],
  de: ['Autor', 'Autorin'],
};

/** The verb after the name in "<Name> replied · N replies" (real capture 2025-06: "replied"). */
export const REPLIED_WORDS: LocaleTable = {
  en: ['replied'],
  sv: ['svarade'],
  da: ['svarede'],
  nb: ['svarte'],
  de: ['hat geantwortet', 'antwortete'],
};

/** Comment label prefixes, only to read an author name when a comment has no author link
 * ("Comment by <Name> <time>", "Reply by <Name> to <Name>'s comment <time>"). */
export const COMMENT_LABEL_PREFIXES: LocaleTable = {
  en: ['Comment by', 'Reply by'],
  sv: ['Kommentar av', 'Svar av', 'Svar från'],
  da: ['Kommentar fra', 'Svar fra', 'Kommentar af', 'Svar af'],
  nb: ['Kommentar fra', 'Svar fra', 'Kommentar av', 'Svar av'],
  de: ['Kommentar von', 'Antwort von'],
};

/** Conversation list preview of a message we sent ("You: Thanks!"; SIGNALS.md, "Du:"). */
export const YOU_PREFIXES: LocaleTable = {
  en: ['You:'],
  sv: ['Du:'],
  da: ['Du:'],
  nb: ['Du:'],
  de: ['Du:', 'Sie:'],
};

/** Hidden heading before a message we sent in the open conversation ("You sent"). */
export const YOU_SENT_WORDS: LocaleTable = {
  en: ['You sent'],
  sv: ['Du skickade'],
  da: ['Du sendte'],
  nb: ['Du sendte'],
  de: ['Du hast gesendet', 'Sie haben gesendet'],
};

/** All locales' words of a table, lower-cased, longest first (so "hat geantwortet" wins). */
export function allWords(table: LocaleTable): string[] {
  return [...new Set(Object.values(table).flat())]
    .map((word) => word.toLocaleLowerCase())
    .sort((a, b) => b.length - a.length);
}

/** `a[aria-label="Your profile"]` in every known locale. */
export const YOUR_PROFILE_LINK = [...new Set(Object.values(YOUR_PROFILE_LABELS).flat())]
  .map((label) => `a[aria-label="${label}"]`)
  .join(', ');

/**
 * What a page snapshot keeps of Facebook markup (utils/snapshot/allow-list.ts): the attributes,
 * attribute values, classes and ids these selectors name, and texts made only of these words (and
 * times, counts and placeholders). Everything else is replaced or dropped. A selector added above
 * belongs here too (tests/unit/snapshot/allow-list.test.ts checks).
 */
export const SNAPSHOT_KEEPS = {
  selectors: [
    COMMENT_ARTICLE,
    POST_ARTICLE,
    POST_DIALOG,
    POST_AUTHOR_LINK,
    POST_HEADER_LINK,
    COMMENT_ID_LINK,
    TEXT_BLOCK,
    BUTTON,
    REPLY_BOX,
    CONVERSATION_ROW,
    CONVERSATION_LINK,
    MESSAGE_ROW,
    CONVERSATION_TITLE,
    MESSAGE_BOX,
    YOUR_PROFILE_LINK,
    // Read inline by the adapter: the signed-in name in a picture's alt or a label, and the
    // explicit times (extract-comments.ts).
    'img[alt], [aria-label]',
    'time[datetime], [data-utime]',
  ],
  words: [
    YOUR_PROFILE_LABELS,
    AUTHOR_BADGE_WORDS,
    REPLIED_WORDS,
    COMMENT_LABEL_PREFIXES,
    YOU_PREFIXES,
    YOU_SENT_WORDS,
  ].flatMap(allWords) as readonly string[],
} as const;
