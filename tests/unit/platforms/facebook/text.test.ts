import { describe, expect, it } from 'vitest';
import {
  nameFromCommentLabel,
  nameFromSummaryPhrase,
  replySummaryPhrase,
  trailingRelativeTime,
} from '../../../../utils/platforms/facebook/text';
import { cleanHref, commentIdsFromHref } from '../../../../utils/platforms/facebook/links';

const now = new Date('2026-11-20T12:00:00Z');

describe('reply summaries', () => {
  it.each([
    ['Anayeat Khan replied · 1 reply', 'Anayeat Khan replied'],
    ['Anayeat Khan replied·1 reply', 'Anayeat Khan replied'],
    ['Ingrid Bakke svarade · 12 svar', 'Ingrid Bakke svarade'],
    ['Lisa de Vries heeft gereageerd · 3 reacties', 'Lisa de Vries heeft gereageerd'],
    ['View 3 more replies', null],
    ['Like', null],
    ['Author', null],
  ])('%s → %s', (text, phrase) => {
    expect(replySummaryPhrase(text)).toBe(phrase);
  });

  it.each([
    ['Anayeat Khan replied', [], 'Anayeat Khan'],
    ['Ingrid Bakke svarade', [], 'Ingrid Bakke'],
    ['Lars Hansen svarede', [], 'Lars Hansen'],
    ['Anna Berg hat geantwortet', [], 'Anna Berg'],
    // A UI language outside the tables: an owner name it starts with is still recognised.
    ['Nordljus Bageri heeft gereageerd', ['Nordljus Bageri'], 'Nordljus Bageri'],
    ['Lisa de Vries heeft gereageerd', ['Nordljus Bageri'], 'Lisa de Vries heeft gereageerd'],
  ])('name in %s', (phrase, owners, name) => {
    expect(nameFromSummaryPhrase(phrase, owners)).toBe(name);
  });
});

describe('comment labels', () => {
  it.each([
    ['Comment by Salman Mohammad Sultan a week ago', 'Salman Mohammad Sultan'],
    ['Kommentar av Sofie Nielsen 2 tim', 'Sofie Nielsen'],
    ['Kommentar fra Lars Hansen 2 t', 'Lars Hansen'],
    ['Opmerking van Anna 2 u', undefined],
  ])('%s → %s', (label, name) => {
    expect(nameFromCommentLabel(label, now)).toBe(name);
  });

  it('reads the relative time at the end of a label, at its earliest', () => {
    expect(trailingRelativeTime('Comment by Ann a week ago', now)).toEqual({
      postedAt: '2026-11-06T12:00:00.000Z',
      rest: 'Comment by Ann',
    });
    expect(trailingRelativeTime('Comment by Ann', now)).toBeUndefined();
  });
});

describe('facebook links', () => {
  it('decodes base64 and numeric comment ids, replies first', () => {
    expect(
      commentIdsFromHref(
        'https://www.facebook.com/x?comment_id=Y29tbWVudDozNzQxNzM4MDI5NDUwMTU5XzE3NzI1MjE4MDAzNjg3NzQ%3D&__cft__[0]=A',
      ),
    ).toEqual({ commentId: '1772521800368774', postId: '3741738029450159' });
    expect(commentIdsFromHref('/p/posts/1?comment_id=5&reply_comment_id=6')).toEqual({
      commentId: '6',
    });
    expect(commentIdsFromHref('/p/posts/1?comment_id=not-base64!')).toBeUndefined();
  });

  it('strips tracking parameters', () => {
    const href = 'https://www.facebook.com/ann?comment_id=5&__cft__[0]=AZ&__tn__=R]-R';
    expect(cleanHref(href, false)).toBe('https://www.facebook.com/ann');
    expect(cleanHref(href, true)).toBe('https://www.facebook.com/ann?comment_id=5');
  });
});
