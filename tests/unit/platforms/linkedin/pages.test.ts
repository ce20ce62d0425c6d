import { describe, expect, it } from 'vitest';
import { linkedinSurfaceOf, messagingThreadId } from '../../../../utils/platforms/linkedin/pages';

describe('linkedinSurfaceOf', () => {
  it.each([
    ['https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/', 'linkedin-post'],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001', 'linkedin-post'],
    [
      'https://www.linkedin.com/posts/nordvik-kaffe_winter-activity-7260000000000000001-Xk2f/',
      'linkedin-post',
    ],
    ['https://www.linkedin.com/feed/', 'linkedin-feed'],
    ['https://www.linkedin.com/feed/?trk=nav', 'linkedin-feed'],
    [
      'https://www.linkedin.com/company/98765432/admin/page-posts/published/',
      'linkedin-company-admin',
    ],
    [
      'https://www.linkedin.com/company/98765432/admin/activity/comments/',
      'linkedin-company-admin',
    ],
    ['https://www.linkedin.com/company/nordvik-kaffe/posts/', 'linkedin-company-admin'],
    [
      'https://www.linkedin.com/company/nordvik-kaffe/posts/?feedView=all',
      'linkedin-company-admin',
    ],
    ['https://www.linkedin.com/messaging/', 'linkedin-messaging'],
    ['https://www.linkedin.com/messaging/thread/2-ZTg1YjQ3/', 'linkedin-messaging'],
    ['https://linkedin.com/messaging/thread/2-ZTg1YjQ3/', 'linkedin-messaging'],
  ])('%s → %s', (url, surface) => {
    expect(linkedinSurfaceOf(new URL(url))).toBe(surface);
  });

  it.each([
    'https://www.facebook.com/feed/',
    'https://www.facebook.com/messages/t/123/',
    'https://www.linkedin.com.evil.example/feed/',
    'https://www.linkedin.com/in/anna-berg-4f2a1b/',
    'https://www.linkedin.com/company/nordvik-kaffe/',
    'https://www.linkedin.com/jobs/',
    'https://example.com/feed/update/urn:li:activity:1/',
  ])('%s → null', (url) => {
    expect(linkedinSurfaceOf(new URL(url))).toBeNull();
  });

  it('reads the open conversation id from a thread URL only', () => {
    expect(messagingThreadId(new URL('https://www.linkedin.com/messaging/thread/2-ZTg1/'))).toBe(
      '2-ZTg1',
    );
    expect(messagingThreadId(new URL('https://www.linkedin.com/messaging/'))).toBeUndefined();
  });
});
