import { describe, expect, it } from 'vitest';
import { surfaceSchema } from '../../../../utils/model/detected-item';
import { adapterForUrl } from '../../../../utils/platforms/registry';
import {
  conversationIdFromPath,
  postIdFromUrl,
  surfaceOf,
} from '../../../../utils/platforms/facebook/pages';

// Each URL maps to its own surface and no other (Refined GitHub's URL-table test).
const table: [string, string | null][] = [
  ['https://www.facebook.com/', 'facebook-feed'],
  ['https://www.facebook.com/home.php', 'facebook-feed'],
  ['https://www.facebook.com/nordljusbageri', 'facebook-feed'],
  ['https://www.facebook.com/profile.php?id=100012345678901', 'facebook-feed'],
  ['https://www.facebook.com/groups/bakers', 'facebook-feed'],
  ['https://www.facebook.com/salmanmd.sultan.1/posts/3741738029450159', 'facebook-post'],
  ['https://www.facebook.com/nordljusbageri/posts/pfbid02pmb12q1MvJtRmoNbe', 'facebook-post'],
  ['https://www.facebook.com/permalink.php?story_fbid=123&id=456', 'facebook-post'],
  ['https://www.facebook.com/story.php?story_fbid=123&id=456', 'facebook-post'],
  ['https://www.facebook.com/photo/?fbid=1029384756102938&set=a.1', 'facebook-post'],
  ['https://www.facebook.com/photo.php?fbid=1029384756102938', 'facebook-post'],
  ['https://www.facebook.com/watch/?v=998877665544', 'facebook-post'],
  ['https://www.facebook.com/nordljusbageri/videos/998877665544/', 'facebook-post'],
  ['https://www.facebook.com/groups/bakers/posts/123456/', 'facebook-post'],
  ['https://web.facebook.com/nordljusbageri/posts/123', 'facebook-post'],
  ['https://www.facebook.com/messages/t/100023456789012/', 'facebook-messenger'],
  ['https://www.facebook.com/messages/e2ee/t/7209112233445566', 'facebook-messenger'],
  ['https://www.facebook.com/messages/', 'facebook-messenger'],
  ['https://www.messenger.com/t/100023456789020/', 'facebook-messenger'],
  ['https://www.messenger.com/e2ee/t/100023456789020/', 'facebook-messenger'],
  [
    'https://business.facebook.com/latest/inbox/all/?asset_id=1&mailbox_id=1&thread_type=FB_MESSAGE',
    'facebook-business-inbox',
  ],
  ['https://business.facebook.com/latest/home?asset_id=1', null],
  ['https://www.facebook.com/settings', null],
  ['https://www.facebook.com/marketplace/item/123', null],
  ['https://www.facebook.com/watch', 'facebook-feed'],
  ['https://www.linkedin.com/feed/', null],
  ['https://www.linkedin.com/messaging/thread/2-abc/', null],
  ['https://example.com/nordljusbageri/posts/123', null],
  ['https://facebook.com.evil.example/messages/t/1', null],
];

describe('facebook surfaceOf', () => {
  it.each(table)('%s → %s', (url, surface) => {
    expect(surfaceOf(new URL(url))).toBe(surface);
  });

  it('covers every Facebook surface in the table', () => {
    const facebookSurfaces = surfaceSchema.options.filter((s) => s.startsWith('facebook-'));
    expect(new Set(table.map(([, s]) => s).filter(Boolean))).toEqual(new Set(facebookSurfaces));
  });

  it.each(table.filter(([, s]) => s !== null))('%s is read by the facebook adapter only', (url) => {
    expect(adapterForUrl(new URL(url))?.platform).toBe('facebook');
  });
});

describe('facebook URL ids', () => {
  it.each([
    ['https://www.facebook.com/salmanmd.sultan.1/posts/3741738029450159', '3741738029450159'],
    ['https://www.facebook.com/permalink.php?story_fbid=123&id=456', '123'],
    ['https://www.facebook.com/photo/?fbid=42&set=a.1', '42'],
    ['https://www.facebook.com/watch/?v=77', '77'],
    ['https://www.facebook.com/page/videos/88/', '88'],
    ['https://www.facebook.com/groups/bakers/permalink/99/', '99'],
    ['https://www.facebook.com/nordljusbageri', undefined],
  ])('post id of %s is %s', (url, id) => {
    expect(postIdFromUrl(new URL(url))).toBe(id);
  });

  it.each([
    ['/messages/t/100023456789012/', '100023456789012'],
    ['/messages/e2ee/t/7209112233445566', '7209112233445566'],
    ['/t/55/', '55'],
    ['/messages/', undefined],
  ])('conversation id of %s is %s', (path, id) => {
    expect(conversationIdFromPath(path)).toBe(id);
  });
});
