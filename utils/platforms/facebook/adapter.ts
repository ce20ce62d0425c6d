import type { PlatformAdapter } from '../types';

// Placeholder until the facebook adapter lands: recognises no page.
export const facebookAdapter: PlatformAdapter = {
  platform: 'facebook',
  surfaceOf: () => null,
  extract: () => ({ layout: 'unknown', reason: 'not implemented' }),
  pageOwners: () => [],
  threadRootOf: () => null,
  findItemElement: () => null,
  findReplyBox: () => null,
};
