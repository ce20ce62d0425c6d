import type { DemoComment, DemoPost } from './facebook-markup';

/** The demo company: a fictional Swedish café chain. Its Page is the owner identity in demo mode. */
export const KANELKOMPANIET = { name: 'Kanelkompaniet', slug: 'kanelkompaniet' };

const people = {
  astrid: { name: 'Astrid Lundgren', slug: 'astrid.lundgren.12' },
  mads: { name: 'Mads Kristensen', slug: 'mads.kristensen.4' },
  ingrid: { name: 'Ingrid Haugen', slug: 'ingrid.haugen.77' },
  oliver: { name: 'Oliver Grant', slug: 'oliver.grant.9' },
  sofia: { name: 'Sofia Ek', slug: 'sofia.ek.3' },
  lars: { name: 'Lars Nygaard', slug: 'lars.nygaard.21' },
};

const reply = (id: string, text: string, minutesAgo: number, lang: string): DemoComment => ({
  id,
  author: KANELKOMPANIET,
  text,
  minutesAgo,
  lang,
});

/**
 * The demo post: comments in Swedish, Danish, Norwegian and English, some answered by the Page.
 * Waiting: Astrid (sv), Mads (da), Oliver's follow-up after the Page's reply (en) and Ingrid (nb)
 * — four in all. Sofia's praise and Lars's question (behind a collapsed "Kanelkompaniet replied")
 * are answered.
 */
export const demoPost: DemoPost = {
  page: KANELKOMPANIET,
  postId: '7310000000000001',
  text: 'Nu är lussebullarna tillbaka! Vilken är din favorit? 🧡',
  minutesAgo: 60 * 6,
  comments: [
    {
      id: '9100000000000001',
      author: people.astrid,
      text: 'Hej! Har ni öppet på söndag?',
      minutesAgo: 12,
      lang: 'sv',
      replyBoxOpen: true,
    },
    {
      id: '9100000000000002',
      author: people.mads,
      text: 'Har I glutenfri kanelsnegle i butikken på Strøget?',
      minutesAgo: 95,
      lang: 'da',
    },
    {
      id: '9100000000000003',
      author: people.sofia,
      text: 'Bästa kanelbullarna i stan!',
      minutesAgo: 240,
      lang: 'sv',
      replies: [reply('9100000000000004', 'Tack Sofia, så glada vi blir! 🧡', 200, 'sv')],
    },
    {
      id: '9100000000000009',
      author: people.lars,
      text: 'Finnes det laktosefrie boller?',
      minutesAgo: 400,
      lang: 'nb',
      collapsedReplies: { name: KANELKOMPANIET.name, count: 1 },
    },
    {
      id: '9100000000000005',
      author: people.oliver,
      text: 'Do you do catering for office breakfasts?',
      minutesAgo: 300,
      lang: 'en',
      replies: [
        reply(
          '9100000000000006',
          'Yes we do! Send us a message and we will put a menu together.',
          280,
          'en',
        ),
        {
          id: '9100000000000007',
          author: people.oliver,
          text: 'Great, what is the minimum order?',
          minutesAgo: 30,
          lang: 'en',
        },
      ],
    },
    {
      id: '9100000000000008',
      author: people.ingrid,
      text: 'Kommer dere til Oslo snart? Savner kanelbollene deres!',
      minutesAgo: 60 * 26,
      lang: 'nb',
    },
  ],
};

/** How many people the demo leaves waiting. */
export const DEMO_WAITING_COUNT = 4;
