/**
 * Messenger on www.facebook.com/messages and www.messenger.com: one item per conversation in the
 * list, waiting when its last message is not ours. The open conversation, when shown, decides
 * for itself from its last message.
 */
import type { DetectedItem } from '../../model/detected-item';
import { isWaiting } from '../../model/waiting';
import type { ExtractResult } from '../types';
import { cleanHref, conversationKey } from './links';
import { conversationIdFromPath } from './pages';
import {
  CONVERSATION_LINK,
  CONVERSATION_ROW,
  CONVERSATION_TITLE,
  MESSAGE_ROW,
  YOU_PREFIXES,
  YOU_SENT_WORDS,
  allWords,
} from './selectors';
import { afterPrefix, squash, trailingRelativeTime } from './text';

const YOU: readonly string[] = allWords(YOU_PREFIXES);
const YOU_SENT: readonly string[] = allWords(YOU_SENT_WORDS);

interface Conversation {
  id: string;
  name: string;
  text: string;
  postedAt?: string;
  permalink?: string;
  lastMessageOurs: boolean;
}

/** The outermost `span[dir=auto]` texts of a row, in order: name, preview, time. */
function rowTexts(row: Element): string[] {
  const texts: string[] = [];
  let previous: Element | undefined;
  for (const span of row.querySelectorAll('span[dir="auto"]')) {
    if (previous?.contains(span)) continue;
    previous = span;
    const text = squash(span.textContent ?? '');
    if (text) texts.push(text);
  }
  return texts;
}

function readRow(row: Element, url: URL, now: Date): Conversation | undefined {
  const href = row.querySelector(CONVERSATION_LINK)?.getAttribute('href');
  if (!href) return undefined;
  let conversationUrl: URL;
  try {
    conversationUrl = new URL(href, url);
  } catch {
    return undefined;
  }
  const id = conversationIdFromPath(conversationUrl.pathname);
  if (!id) return undefined;
  const [name = '', preview = '', ...rest] = rowTexts(row);
  const time = trailingRelativeTime([preview, ...rest].join(' ').replace(/[·•]/g, ' '), now);
  const ours = afterPrefix(preview, YOU);
  const previewText = (ours ?? preview).replace(/\s*[·•].*$/u, '');
  return {
    id,
    name,
    text: previewText,
    postedAt: time?.postedAt,
    permalink: cleanHref(conversationUrl.toString(), false),
    lastMessageOurs: ours !== null,
  };
}

/** The open conversation's last message: ours when it carries the localised "You sent". */
function openConversation(root: ParentNode): { lastText: string; ours: boolean } | undefined {
  const rows = root.querySelectorAll(MESSAGE_ROW);
  const last = rows[rows.length - 1];
  if (!last) return undefined;
  const ours = afterPrefix(squash(last.textContent ?? ''), YOU_SENT) !== null;
  // The message itself, without the sender heading before it.
  const blocks = [...last.querySelectorAll('[dir="auto"]')];
  const lastText = squash(blocks[blocks.length - 1]?.textContent ?? '');
  return { lastText, ours };
}

function toItem(conversation: Conversation): DetectedItem {
  const key = conversationKey(conversation.id);
  const answered = conversation.lastMessageOurs;
  const item: DetectedItem = {
    platform: 'facebook',
    kind: 'dm',
    key,
    threadKey: key,
    author: { name: conversation.name },
    text: conversation.text,
    answered,
    byOwner: false,
    ownedThread: true,
    waiting: isWaiting({ ownedThread: true, byOwner: false, answered }),
  };
  if (conversation.postedAt) item.postedAt = conversation.postedAt;
  if (conversation.permalink) item.permalink = conversation.permalink;
  return item;
}

export function extractMessenger(root: ParentNode, url: URL, now: Date): ExtractResult {
  const conversations = [...root.querySelectorAll(CONVERSATION_ROW)]
    .map((row) => readRow(row, url, now))
    .filter((c): c is Conversation => c !== undefined);
  const open = openConversation(root);
  const openId = conversationIdFromPath(url.pathname);
  if (conversations.length === 0 && !open) {
    return {
      layout: 'unknown',
      reason: 'no conversation list (role="grid" rows) or open conversation found',
    };
  }
  if (open && openId) {
    const listed = conversations.find((c) => c.id === openId);
    if (listed) {
      listed.lastMessageOurs = open.ours;
      listed.text = open.lastText;
    } else {
      conversations.push({
        id: openId,
        name: squash(root.querySelector(CONVERSATION_TITLE)?.textContent ?? ''),
        text: open.lastText,
        permalink: cleanHref(url.toString(), false),
        lastMessageOurs: open.ours,
      });
    }
  }
  return { layout: 'recognised', items: conversations.map(toItem) };
}
