import { describe, expect, it } from 'vitest';
import {
  answeredUpToLastOwnerReply,
  type ThreadEntry,
} from '../../../utils/platforms/thread-answered';

const customer = (key: string, parentKey?: string): ThreadEntry => ({
  key,
  parentKey,
  byOwner: false,
});
const owner = (key: string, parentKey?: string): ThreadEntry => ({ key, parentKey, byOwner: true });

describe('a thread is answered up to the last owner reply', () => {
  it('an owner reply last answers everything before it in the thread', () => {
    const thread = [customer('q'), customer('q2', 'q'), owner('a', 'q')];
    expect(answeredUpToLastOwnerReply(thread)).toEqual([true, true, false]);
  });

  it('a customer writing after the owner waits again', () => {
    const thread = [customer('q'), owner('a', 'q'), customer('again', 'q')];
    expect(answeredUpToLastOwnerReply(thread)).toEqual([true, false, false]);
  });

  it('a reply to a reply belongs to the same top-level thread', () => {
    const thread = [
      customer('q'),
      customer('r1', 'q'),
      customer('r2', 'r1'),
      owner('a', 'r2'),
      customer('r3', 'a'),
    ];
    expect(answeredUpToLastOwnerReply(thread)).toEqual([true, true, true, false, false]);
  });

  it('without an owner reply nothing is answered', () => {
    const thread = [customer('q'), customer('r', 'q'), customer('r2', 'r')];
    expect(answeredUpToLastOwnerReply(thread)).toEqual([false, false, false]);
  });

  it('an owner reply answers only its own thread, not earlier or later threads', () => {
    const page = [customer('t1'), customer('t2'), owner('a2', 't2'), customer('t3')];
    expect(answeredUpToLastOwnerReply(page)).toEqual([false, true, false, false]);
  });

  it('replies to a parent not on the page share a thread of that parent', () => {
    const page = [customer('r1', 'gone'), owner('a', 'gone'), customer('r2', 'other')];
    expect(answeredUpToLastOwnerReply(page)).toEqual([true, false, false]);
  });

  it('an empty page has nothing to answer', () => {
    expect(answeredUpToLastOwnerReply([])).toEqual([]);
  });
});
