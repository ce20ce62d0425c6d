import type { PlatformAdapter } from '../types';

// Placeholder until the linkedin adapter lands: recognises no page.
export const linkedinAdapter: PlatformAdapter = {
  platform: 'linkedin',
  surfaceOf: () => null,
  extract: () => ({ layout: 'unknown', reason: 'not implemented' }),
  pageOwners: () => [],
  threadRootOf: () => null,
  findItemElement: () => null,
  findReplyBox: () => null,
};
