/**
 * recheck's pure JavaScript build: a CommonJS module marked `__esModule`, so Node and bundlers
 * hand its exports over as `default`, tsx as the namespace itself. Its package types only the
 * Node entry point, whose `checkSync` is the same function.
 */
declare module 'recheck/lib/browser.js' {
  type Recheck = Pick<typeof import('recheck'), 'checkSync'>;
  export const checkSync: Recheck['checkSync'] | undefined;
  const recheck: Recheck | undefined;
  export default recheck;
}
