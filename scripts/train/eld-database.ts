/**
 * eld's smallest n-gram database as a packaged JSON file (public/model/eld-extrasmall.json), so
 * the extension loads it at run time instead of carrying it in every script that classifies.
 * A copy of the installed eld version's data, rewritten by `npm run train`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function eldDatabaseJson(): Promise<string> {
  const file = join(import.meta.dirname, '../../node_modules/eld/src/ngrams/extrasmall.js');
  const { ngramsData } = (await import(pathToFileURL(file).href)) as { ngramsData: unknown };
  return `${JSON.stringify(ngramsData)}\n`;
}
