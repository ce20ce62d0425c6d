/**
 * recheck's pure JavaScript build, a CommonJS module; its package types only the Node entry
 * point, whose `checkSync` is the same function.
 */
declare module 'recheck/lib/browser.js' {
  const recheck: Pick<typeof import('recheck'), 'checkSync'>;
  export default recheck;
}
