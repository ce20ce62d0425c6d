import {
  renderComment,
  type DemoComment,
  type DemoPerson,
  type DemoPost,
} from '../demo/facebook-markup';
import { KANELKOMPANIET } from '../demo/kanelkompaniet';

const FIRST = ['Astrid', 'Mads', 'Ingrid', 'Oliver', 'Sofia', 'Lars', 'Freja', 'Nils', 'Emma'];
const LAST = ['Lundgren', 'Kristensen', 'Haugen', 'Grant', 'Ek', 'Nygaard', 'Berg', 'Holm'];
const TEXTS: [string, string][] = [
  ['sv', 'Hej! Har ni öppet på söndag?'],
  ['da', 'Har I glutenfri kanelsnegle i butikken på Strøget?'],
  ['nb', 'Kommer dere til Oslo snart? Savner kanelbollene deres!'],
  ['en', 'Do you do catering for office breakfasts? We are about thirty people.'],
  ['sv', 'Bästa kanelbullarna i stan! Kardemummabullen är också fantastisk 🧡'],
  ['en', 'My order from last week never arrived and nobody answers the phone.'],
];

function person(i: number): DemoPerson {
  const first = FIRST[i % FIRST.length];
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
  return { name: `${first} ${last}`, slug: `${first}.${last}.${i}`.toLowerCase() };
}

function customerComment(id: string, i: number, minutesAgo: number): DemoComment {
  const [lang, text] = TEXTS[i % TEXTS.length];
  return { id, author: person(i), text: `${text} (#${i})`, minutesAgo, lang };
}

/**
 * A Kanelkompaniet post with exactly `articles` comment articles: customer comments, every fourth
 * answered by the Page and every seventh followed by a customer reply, as busy real posts look.
 */
export function benchPost(articles: number, postId = '7310000000000777'): DemoPost {
  const comments: DemoComment[] = [];
  let count = 0;
  for (let i = 0; count < articles; i += 1) {
    const comment = customerComment(`${8_000_000_000 + i}`, i, 5 + (i % 2_000));
    count += 1;
    const replies: DemoComment[] = [];
    if (i % 4 === 0 && count < articles) {
      replies.push({
        id: `${8_500_000_000 + i}`,
        author: KANELKOMPANIET,
        text: 'Tack för att du hör av dig! Vi svarar i DM.',
        minutesAgo: 2,
        lang: 'sv',
      });
      count += 1;
    }
    if (i % 7 === 0 && count < articles) {
      replies.push(customerComment(`${8_700_000_000 + i}`, i + 3, 1));
      count += 1;
    }
    if (replies.length > 0) comment.replies = replies;
    comments.push(comment);
  }
  return {
    page: KANELKOMPANIET,
    postId,
    text: 'Nu är lussebullarna tillbaka! Vilken är din favorit? 🧡',
    minutesAgo: 60 * 24,
    comments,
  };
}

/** Markup of `count` new top-level customer comments; `batch` keeps ids unique per call. */
export function newCommentsHtml(post: DemoPost, count: number, batch: number): string {
  let html = '';
  for (let i = 0; i < count; i += 1) {
    const n = batch * count + i;
    html += renderComment(post, customerComment(`${9_300_000_000 + n}`, n, 1));
  }
  return html;
}

export const COMMENT_LIST = '[data-svara-demo="comments"]';
