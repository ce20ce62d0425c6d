import type { Author, DetectedItem } from '../../model/detected-item';
import { isWaiting } from '../../model/waiting';
import { normaliseName } from '../owners';
import { messagingThreadId } from './pages';
import { MESSAGING, labelsOf } from './selectors';
import { withoutUndefined } from './items';
import { cleanProfileUrl } from './links';
import { cleanText, elementOf } from './text';

/**
 * Conversation key. List rows carry no link or id, and only the open conversation's URL holds a
 * thread id, so a key built from the id would change when the conversation is closed. The
 * participant names are the one thing both the list row and the open conversation show, so they
 * are the key (`linkedin:dm:<names>`); the thread id goes into the permalink when known. Two
 * namesakes would share a key: an accepted risk until LinkedIn exposes ids in the list.
 */
export function conversationKey(names: string): string {
  return `linkedin:dm:${normaliseName(names)}`;
}

function dmItem(fields: {
  key: string;
  author: Author;
  text: string;
  answered: boolean;
  permalink?: string;
}): DetectedItem {
  // Everything in the messaging inbox is ours to answer, and the item stands for the other side.
  const status = { answered: fields.answered, byOwner: false, ownedThread: true };
  return withoutUndefined({
    platform: 'linkedin',
    kind: 'dm',
    key: fields.key,
    threadKey: fields.key,
    author: fields.author,
    text: fields.text,
    permalink: fields.permalink,
    ...status,
    waiting: isWaiting(status),
  });
}

/** List rows: answered when the preview starts with the localised "You:"; never opened. */
function extractListRows(root: ParentNode): DetectedItem[] {
  const ownPrefixes = labelsOf('ownPreview');
  return [...root.querySelectorAll(MESSAGING.listRow)].flatMap((row) => {
    const names = cleanText(row.querySelector(MESSAGING.rowNames));
    if (!names) return [];
    const preview = cleanText(row.querySelector(MESSAGING.rowPreview));
    return [
      dmItem({
        key: conversationKey(names),
        author: { name: names },
        text: preview,
        answered: ownPrefixes.some((prefix) => preview.startsWith(prefix)),
      }),
    ];
  });
}

/**
 * One open conversation (full page or overlay bubble): waiting when the last event is the other
 * person's; the text is their last run of messages.
 */
function extractConversation(conversation: Element, url: URL): DetectedItem[] {
  // A loose-events root must not take in the events of bubbles it also contains.
  const wrapper = conversation.matches(MESSAGING.conversation) ? conversation : null;
  const events = [...conversation.querySelectorAll(MESSAGING.event)].filter(
    (event) => event.closest(MESSAGING.conversation) === wrapper,
  );
  if (events.length === 0) return [];
  const fromOther = events.map(
    (event) =>
      event.matches(MESSAGING.eventFromOther) ||
      event.querySelector(MESSAGING.eventFromOther) !== null,
  );

  const lastTheirs = fromOther.lastIndexOf(true);
  const theirRun: string[] = [];
  for (let i = lastTheirs; i >= 0 && fromOther[i]; i--) {
    theirRun.unshift(cleanText(events[i].querySelector(MESSAGING.eventBody)));
  }
  // The sender's name and link sit only on the first message of a group: look back for them.
  let sender: Author | undefined;
  for (let i = lastTheirs; i >= 0 && !sender; i--) {
    const name = cleanText(events[i].querySelector(MESSAGING.senderName));
    if (!fromOther[i] || !name) continue;
    const href = events[i].querySelector(MESSAGING.senderLink)?.getAttribute('href');
    sender = withoutUndefined({ name, profileUrl: cleanProfileUrl(href) });
  }
  const title = cleanText(conversation.querySelector(MESSAGING.conversationTitle));
  const names = title || sender?.name;
  if (!names) return [];

  const threadId = conversation.matches(MESSAGING.bubble) ? undefined : messagingThreadId(url);
  return [
    dmItem({
      key: conversationKey(names),
      author: sender ?? { name: names },
      text: theirRun.filter(Boolean).join('\n'),
      answered: !fromOther[fromOther.length - 1],
      permalink: threadId ? `https://www.linkedin.com/messaging/thread/${threadId}/` : undefined,
    }),
  ];
}

/**
 * Open conversations and overlay bubbles in the root (the root itself may be one). Message events
 * outside any known conversation wrapper (its class is unverified) make the root the conversation.
 */
export function extractConversations(root: ParentNode, url: URL): DetectedItem[] {
  const self = elementOf(root);
  if (self?.matches(MESSAGING.conversation)) return extractConversation(self, url);
  const conversations = [...root.querySelectorAll(MESSAGING.conversation)];
  const looseEvents = [...root.querySelectorAll(MESSAGING.event)].some(
    (event) => !event.closest(MESSAGING.conversation),
  );
  if (looseEvents && self) conversations.unshift(self);
  return conversations.flatMap((conversation) => extractConversation(conversation, url));
}

/** True when the root shows any messaging markup this extractor knows. */
export function hasMessagingMarkup(root: ParentNode): boolean {
  return (
    elementOf(root)?.matches(MESSAGING.conversation) === true ||
    root.querySelector(`${MESSAGING.listRow}, ${MESSAGING.conversation}, ${MESSAGING.event}`) !==
      null
  );
}

/**
 * The messaging page: list rows, then open conversations; an open conversation replaces its own
 * list row (same key) because it knows the sender and the full last messages.
 */
export function extractMessaging(root: ParentNode, url: URL): DetectedItem[] {
  const items = extractListRows(root);
  for (const open of extractConversations(root, url)) {
    const row = items.findIndex((item) => item.key === open.key);
    if (row >= 0) items[row] = open;
    else items.push(open);
  }
  return items;
}
