/**
 * Runs the same adapter code as the extension on a saved page (DESIGN.md §6):
 *   npm run --silent detect -- <saved-page.html> --url <page URL> [--owner "<name>[|<profile URL>]"]...
 *     [--json]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import type { Platform } from '../utils/model/detected-item';
import { ownerIdentitySchema, type OwnerIdentity } from '../utils/model/owner';
import { mergeOwners } from '../utils/platforms/owners';
import { adapterForUrl } from '../utils/platforms/registry';

function fail(message: string): never {
  process.stderr.write(`detect: ${message}\n`);
  process.exit(2);
}

const usage =
  'usage: detect <saved-page.html> --url <page URL> [--owner "<name>[|<profile URL>]"]... [--json] [--now <ISO time>]';

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      owner: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      now: { type: 'string' },
    },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const { values, positionals } = parsed;
const [file] = positionals;
if (!file || positionals.length > 1) fail(usage);
if (!values.url) fail(`--url is required\n${usage}`);

let url: URL;
try {
  url = new URL(values.url);
} catch {
  fail(`not a valid URL: ${values.url}`);
}
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) fail(`not a valid time: ${values.now}`);

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}

const adapter = adapterForUrl(url);
if (!adapter) fail(`no adapter reads ${url.href} (not a Facebook or LinkedIn page Svara knows)`);

// A saved page must never run its scripts or fetch anything: happy-dom only parses it.
const window = new Window({
  url: url.href,
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
  },
});
const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** `<name>` or `<name>|<profile URL>`: with an address, only the address matches (DESIGN §3). */
function ownerOption(option: string, platform: Platform): OwnerIdentity {
  const bar = option.lastIndexOf('|');
  const name = bar < 0 ? option : option.slice(0, bar);
  const address = bar < 0 ? undefined : option.slice(bar + 1).trim();
  if (address !== undefined && !URL.canParse(address)) {
    fail(`--owner "${option}": not a profile URL after "|": ${address}`);
  }
  const parsed = ownerIdentitySchema.safeParse({
    platform,
    name,
    ...(address ? { url: address } : {}),
    source: 'options',
  });
  if (!parsed.success) fail(`--owner "${option}": ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const fromOptions = values.owner.map((option) => ownerOption(option, adapter.platform));
const owners = mergeOwners(fromOptions, adapter.pageOwners(doc, url));
const result = adapter.extract(doc, url, owners, now);
const items = result.layout === 'recognised' ? result.items : [];
const output = {
  platform: adapter.platform,
  surface: adapter.surfaceOf(url),
  layout: result.layout,
  ...(result.layout === 'unknown' ? { reason: result.reason } : {}),
  owners,
  items,
};

if (values.json) {
  process.stdout.write(`${JSON.stringify(output)}\n`);
} else {
  const lines = [
    `${output.platform} · ${output.surface} · layout ${output.layout}` +
      (result.layout === 'unknown' ? ` (${result.reason})` : ''),
    `owners: ${owners.map((o) => `${o.name}${o.url ? ` <${o.url}>` : ''} [${o.source}]`).join(', ') || 'none'}`,
    `${items.length} items, ${items.filter((i) => i.waiting).length} waiting`,
    '',
    ...items.map((item) =>
      [
        item.waiting ? 'WAITING ' : item.answered ? 'answered' : '        ',
        item.byOwner ? 'owner' : '     ',
        item.collapsed ? '(collapsed)' : '',
        item.parentKey ? '  ↳' : '',
        item.author.name.padEnd(28).slice(0, 28),
        item.postedAt?.slice(0, 16) ?? '',
        JSON.stringify(item.text.slice(0, 60)),
      ]
        .filter(Boolean)
        .join('  '),
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
await window.happyDOM.close();
