/**
 * Every selector and localised label the LinkedIn adapter reads, with where and when its markup
 * was seen. Sources: the real capture `tests/fixtures/real/linkedin/post-with-comments-2026-09`
 * ("capture 2026-09"), docs/SIGNALS.md ("signals, late 2026"), and markup that public
 * LinkedIn extensions read ("public markup, unverified": no capture holds it yet; our fixtures
 * reproduce it). LinkedIn hashed its CSS-module classes in April 2026; word classes below survived
 * only in the older (Ember) generation and in messaging, so each one is a perishable bet.
 */

/** Older "legacy/Ember" comment generation: post detail pages, seen again in September 2026. */
export const LEGACY = {
  /** capture 2026-09: `div.feed-shared-update-v2[role=article][data-urn="urn:li:activity:…"]`. */
  post: '[data-urn^="urn:li:activity:"]',
  /** capture 2026-09: the post list wrapper, present (empty) on a post with zero comments. */
  commentsList: '.comments-comments-list',
  /** capture 2026-09: 40 per page, replies add the `--reply` modifier (word classes, 2026-09). */
  comment: 'article.comments-comment-entity[data-id^="urn:li:comment:"]',
  /** capture 2026-09: the one reply, nested inside its parent's article. */
  reply: 'article.comments-comment-entity--reply',
  /** capture 2026-09: the visible author name inside the meta link. */
  authorName: '.comments-comment-meta__description-title',
  /** capture 2026-09: the meta link to the author's profile (`/in/…` or `/company/…`). */
  authorLink: 'a.comments-comment-meta__description-container',
  /** capture 2026-09: "Author" (post author) and other badges beside the name. */
  badge: '.comments-comment-meta__badge',
  /** capture 2026-09: `<time class="comments-comment-meta__data">2h</time>` (scrubbed there). */
  time: 'time',
  /** capture 2026-09: the body; excludes the "…more" toggle that sits beside it. */
  body: '.comments-comment-item__main-content',
  /** capture 2026-09: the post author's link in the post header. */
  postActorLink: 'a.update-components-actor__meta-link',
  /** capture 2026-09: the post author's visible name (the hidden twin is for screen readers). */
  postActorName: '.update-components-actor__title [aria-hidden="true"]',
} as const;

/** Newer generation (feed, served from May 2026, not everywhere since): signals, late 2026. */
export const SDUI = {
  /** signals: one post per list item of the main feed. */
  feedPost: '[data-testid="mainFeed"] [role="listitem"]',
  /** signals: the feed itself, a newer-generation marker even before any comment loads. */
  feed: '[data-testid="mainFeed"]',
  /** signals: the post body; comments sit beside it, not inside it. */
  fullUpdate: '[data-view-name="feed-full-update"]',
  /** signals: comment ids. */
  comment: '[componentkey^="replaceableComment_urn:li:comment:"]',
  /** signals: comment vs reply is told apart by the actor picture link's view name. */
  commentActor: 'a[data-view-name="comment-actor-picture"]',
  /** signals: the same link on a reply. */
  replyActor: 'a[data-view-name="reply-actor-picture"]',
  /** signals: the comment text. */
  body: '[data-view-name="comment-commentary"], [data-testid="expandable-text-box"]',
  /** Structure, no words: the post author is the first profile or company link of the post. */
  profileLink: 'a[href*="/in/"], a[href*="/company/"]',
} as const;

/** The `componentkey` of a newer-generation comment is this prefix and the comment URN. */
export const SDUI_COMMENT_KEY_PREFIX = 'replaceableComment_';

/** Messaging: full page `/messaging/…` and the overlay bubbles on every page (signals). */
export const MESSAGING = {
  /** signals: the conversation list, and its rows, which carry no link or id. */
  list: 'ul.msg-conversations-container__conversations-list',
  /** signals: one card per conversation row. */
  listRow: 'li.msg-conversation-listitem .msg-conversation-card',
  /** public markup, unverified: the participant names, in an `h3` should the class be hashed. */
  rowNames: '.msg-conversation-listitem__participant-names, h3',
  /** public markup, unverified: the last message preview, "You: …" when ours. */
  rowPreview: '.msg-conversation-card__message-snippet, p',
  /** signals: an overlay conversation; public markup, unverified: the full-page conversation. */
  conversation: '.msg-overlay-conversation-bubble, .msg-convo-wrapper',
  /** signals: the overlay bubble alone (its URL is the page's, not the conversation's). */
  bubble: '.msg-overlay-conversation-bubble',
  /** public markup, unverified: the conversation title (full page, then overlay). */
  conversationTitle: '.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title',
  /** signals: one event per message; `--other` marks the other person's. */
  event: 'li.msg-s-message-list__event',
  /** signals: the modifier on a message from the other person. */
  eventFromOther: '.msg-s-event-listitem--other',
  /** signals: the message text. */
  eventBody: '.msg-s-event-listitem__body',
  /** public markup, unverified: the sender name and link on the first message of a group. */
  senderName: '.msg-s-message-group__name',
  /** public markup, unverified: the link around that name. */
  senderLink: 'a.msg-s-message-group__profile-link',
  /** signals: the compose box (aria-label localised, so not used). */
  composer: '.msg-form__contenteditable',
} as const;

/** Comment editors, found only when already open; never opened by Svara. */
export const EDITORS = {
  /** capture 2026-09: Quill, aria-label "Text editor for creating content" (legacy). */
  quill: '.ql-editor[contenteditable="true"]',
  /** signals: TipTap/ProseMirror, "Text editor for creating comment" (newer generation). */
  prosemirror: '.ProseMirror[contenteditable="true"]',
  /** signals: the composer can sit inside this host's shadow root. */
  shadowHost: '#interop-outlet',
} as const;

/** Who is signed in and who they may comment as. */
export const IDENTITY = {
  /** capture 2026-09: the meta links of the viewer's own post/comments say "• You". */
  viewerLink:
    'a.update-components-actor__meta-link, a.comments-comment-meta__description-container',
  /** public markup, unverified (a word class that may have been hashed): the global nav "Me". */
  navMePhoto: 'img.global-nav__me-photo[alt]',
  /** capture 2026-09: the "comment as" switcher; its image alt names the identity. */
  switcherImage: 'button.content-admin-identity-toggle-button img[alt]',
} as const;

export type UiLocale = 'en' | 'sv' | 'da' | 'nb' | 'de';

interface LocaleLabels {
  /** Prefix of a preview whose last message is ours ("You:" from signals; others unverified). */
  ownPreview: string;
  /** The post author's badge beside a comment author's name (capture 2026-09 for English). */
  authorBadge: string;
  /** Marker in the aria-label of the viewer's own meta link (capture 2026-09 for English). */
  viewerMarker: string;
  /** The switcher's image alt prefix before the identity name (capture 2026-09 for English). */
  photoOf: string;
}

/** Non-English labels follow LinkedIn's usual wording in each language; no capture confirms them. */
export const LABELS: Readonly<Record<UiLocale, Readonly<LocaleLabels>>> = {
  en: { ownPreview: 'You:', authorBadge: 'Author', viewerMarker: '• You', photoOf: 'Photo of ' },
  sv: { ownPreview: 'Du:', authorBadge: 'Författare', viewerMarker: '• Du', photoOf: 'Foto av ' },
  da: { ownPreview: 'Dig:', authorBadge: 'Forfatter', viewerMarker: '• Dig', photoOf: 'Foto af ' },
  nb: { ownPreview: 'Du:', authorBadge: 'Forfatter', viewerMarker: '• Deg', photoOf: 'Bilde av ' },
  de: { ownPreview: 'Sie:', authorBadge: 'Autor', viewerMarker: '• Sie', photoOf: 'Foto von ' },
};

/** The UI language is rarely certain (`<html lang>` may be missing), so every locale is tried. */
export function labelsOf(field: keyof LocaleLabels): string[] {
  return [...new Set(Object.values(LABELS).map((labels) => labels[field]))];
}

/**
 * What a page snapshot keeps of LinkedIn markup (utils/snapshot/allow-list.ts): the attributes,
 * attribute values, classes and ids these selectors name, and texts made only of these words (and
 * times, counts and placeholders). Everything else is replaced or dropped. A selector added above
 * belongs here too (tests/unit/snapshot/allow-list.test.ts checks).
 */
export const SNAPSHOT_KEEPS = {
  selectors: [
    ...Object.values(LEGACY),
    ...Object.values(SDUI),
    `[componentkey^="${SDUI_COMMENT_KEY_PREFIX}"]`,
    ...Object.values(MESSAGING),
    ...Object.values(EDITORS),
    ...Object.values(IDENTITY),
    // Read inline by the adapter: the "• You" marker in a meta link's label.
    '[aria-label]',
  ],
  words: Object.values(LABELS).flatMap((labels) => Object.values(labels)) as readonly string[],
  /** The URN kinds in comment and post ids besides the ones the selectors name. */
  idWords: ['ugcPost', 'share'],
  /** A list row's preview of our own last message is the item's text, "You:" and all. */
  textPrefixes: labelsOf('ownPreview') as readonly string[],
} as const;
