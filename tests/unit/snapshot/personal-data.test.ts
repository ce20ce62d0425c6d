/**
 * Issue 15: a snapshot keeps no personal data wherever a page puts it. Thirty distinct personal
 * strings per platform are planted in a fixture page, in every place the audit found one kept,
 * the page is captured through the content script as the side panel's "Save page snapshot" button
 * does, and none of them may be left anywhere in the snapshot, while detection on the snapshot
 * (as `npm run detect` runs it) still reads the same layout, items and decisions.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../utils/platforms/types';
import type { PageSnapshot } from '../../../utils/snapshot/schema';
import { FIXTURES_DIR, fixtureExpectationSchema } from '../../helpers/fixtures';
import { detectAsTheCli, detectionShape, snapshotThroughContentScript } from './capture-harness';

interface Planted {
  /** The fixture's markup with the personal strings in it. */
  html: string;
  secrets: string[];
}

/** The places outside the comments that the audit found kept, one personal string each. */
function plantedBlock(
  profileOrigin: string,
  people: Record<string, string>,
): { html: string; secrets: string[] } {
  const html = `
<div class="planted" data-store='{"actor":"${people.dataJson}","phone":"${people.dataJsonPhone}"}'
     data-hovercard='{"name":"${people.hovercard}","id":"4411"}'>
  <span title="${people.title}">·</span>
  <div aria-label="Message ${people.ariaLabel}" role="button">✉</div>
  <img alt="Photo of ${people.alt}" src="https://media.example/${people.src}.jpg"
       data-src="https://media.example/${people.dataSrc}.jpg"
       srcset="https://media.example/${people.srcset}.jpg 2x">
  <input placeholder="Write to ${people.placeholder}">
  <input type="hidden" name="viewer" value="${people.hiddenInput}">
  <svg><image xlink:href="https://media.example/${people.xlinkHref}.jpg"></image></svg>
  <div style="background-image: url('https://media.example/(s)/${people.styleUrl}.jpg')"></div>
  <!-- viewer: ${people.comment} -->
  <template><span>${people.template}</span></template>
  <script>window.viewer = "${people.script}";</script>
  <style>/* ${people.style} */ .planted { color: red }</style>
  <meta name="author" content="${people.meta}">
  <noscript>${people.noscript}</noscript>
  <span>${people.email}</span>
  <span>${people.phone}</span>
  <span>${people.shortName}</span>
  <span data-tooltip-content="${people.dataAttribute}">·</span>
  <a href="${profileOrigin}${people.profileLink}/">See profile</a>
</div>`;
  return { html, secrets: Object.values(people) };
}

function replaceAll(html: string, replacements: [string, string][]): string {
  let result = html;
  for (const [from, to] of replacements) {
    expect(result).toContain(from);
    result = result.replaceAll(from, to);
  }
  return result;
}

function fixture(name: string) {
  const dir = join(FIXTURES_DIR, name);
  return {
    html: readFileSync(join(dir, 'page.html'), 'utf8'),
    expected: fixtureExpectationSchema.parse(
      JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')),
    ),
  };
}

function plantFacebook(html: string): Planted {
  const account = 'Vendela Marklund';
  const block = plantedBlock('https://www.facebook.com/', {
    dataJson: 'Magnhild Sauge',
    dataJsonPhone: '0709912345',
    hovercard: 'Gudbrand Lyngstad',
    title: 'Hildur Brekkan',
    ariaLabel: 'Ingebrikt Solvang',
    alt: 'Sigvor Tandberg',
    src: 'sigvor.tandberg.pic',
    dataSrc: 'eilif.haugom',
    srcset: 'halvard.moe',
    placeholder: 'Ragnfrid Aasen',
    hiddenInput: 'Signe Vatnaland',
    xlinkHref: 'aslaug.rimstad',
    styleUrl: 'brynhild.ottem',
    comment: 'Reidar Kvalvik',
    template: 'Solfrid Hegdal',
    script: 'Audun Blikstad',
    style: 'Torhild Nesje',
    meta: 'Ingvild Rostad',
    noscript: 'Kolbein Fjellstad',
    email: 'quenby@mail.se',
    phone: '+46 70 318 27 64',
    shortName: 'Lisbet Haugland',
    dataAttribute: 'Arnfinn Tveit',
    profileLink: 'dagny.rustad.5',
  });
  const planted = replaceAll(html, [
    // Commenters, their profile links, a name inside a comment.
    ['Jonas Berg', 'Torvald Quenby'],
    ['jonas.berg.31', 'torvald.quenby.77'],
    ['Erik Dahl', 'Ottilie Fernsby'],
    ['erik.dahl.12', 'ottilie.fernsby.4'],
    ['Can I reserve six?', 'Can I reserve six for Ylva Strandmo?'],
    // The signed-in account's name in the "Your profile" picture and in a greeting.
    [
      '<svg aria-hidden="true"></svg></a></div></div>',
      `<img alt="${account}" src="data:,"></a></div></div>`,
    ],
    ['<div role="main">', `<div role="main"><span>Hi ${account}</span>${block.html}`],
  ]);
  return {
    html: planted,
    secrets: [
      ...block.secrets,
      account,
      'Torvald Quenby',
      'torvald.quenby.77',
      'Ottilie Fernsby',
      'ottilie.fernsby.4',
      'Ylva Strandmo',
    ],
  };
}

function plantLinkedin(html: string): Planted {
  const account = 'Ingeborg Skarstein';
  const block = plantedBlock('https://www.linkedin.com/in/', {
    dataJson: 'Oddbjørg Fimreite',
    dataJsonPhone: '4798123456',
    hovercard: 'Leiv Brattebø',
    title: 'Gunvor Sletta',
    ariaLabel: 'Sverre Myklebust',
    alt: 'Borghild Nordbø',
    src: 'borghild-nordbo-pic',
    dataSrc: 'alfhild-roaldset',
    srcset: 'njaal-eikrem',
    placeholder: 'Tordis Hjelmeland',
    hiddenInput: 'Eyvind Saltnes',
    xlinkHref: 'ragna-lothe',
    styleUrl: 'hallstein-oyen',
    comment: 'Jofrid Ullestad',
    template: 'Amund Kvinnsland',
    script: 'Gyda Tveitane',
    style: 'Herborg Vollan',
    meta: 'Steinar Liabø',
    noscript: 'Åsta Rønneberg',
    email: 'sunniva@kjeld.no',
    phone: '+47 912 34 567',
    shortName: 'Ketil Strømsli',
    dataAttribute: 'Sølvi Ramstad',
    profileLink: 'dagny-rustad-5a9',
  });
  const planted = replaceAll(html, [
    ['Anna Berg', 'Sunniva Kjeldstad'],
    ['anna-berg-4f2a1b', 'sunniva-kjeldstad-7c1d'],
    ['Erik Lund', 'Haakon Vestrheim'],
    ['erik-lund-90ab12', 'haakon-vestrheim-3b2e'],
    // The headline under every commenter's name.
    ['Coffee lover | Bergen', 'Head of Growth at Fjordlys Consulting'],
    [
      '<main class="scaffold-layout__main">',
      `<header><img class="global-nav__me-photo" alt="${account}" src="data:,"></header>` +
        `<main class="scaffold-layout__main"><span>Hi ${account}</span>${block.html}`,
    ],
  ]);
  return {
    html: planted,
    secrets: [
      ...block.secrets,
      account,
      'Sunniva Kjeldstad',
      'sunniva-kjeldstad-7c1d',
      'Haakon Vestrheim',
      'haakon-vestrheim-3b2e',
      'Fjordlys Consulting',
    ],
  };
}

describe.each([
  ['facebook/facebook-feed-some-answered', plantFacebook],
  ['linkedin/post-legacy-some-answered', plantLinkedin],
])('a snapshot of %s with personal data planted everywhere', (name, plant) => {
  const { html: original, expected } = fixture(name);
  const { html, secrets } = plant(original);
  const now = new Date(expected.now);

  it('plants 30 distinct personal strings, all of them in the page', () => {
    expect(new Set(secrets).size).toBe(30);
    for (const secret of secrets) expect(html).toContain(secret);
  });

  let snapshot: PageSnapshot;
  beforeAll(async () => {
    snapshot = await snapshotThroughContentScript(html, expected.url, expected.owners);
  });

  it('keeps none of them anywhere, however written', () => {
    const serialised = JSON.stringify(snapshot).toLowerCase();
    for (const secret of secrets) {
      for (const form of new Set([
        secret,
        encodeURIComponent(secret),
        secret.replace(/\s+/g, '+'),
      ])) {
        expect(serialised, secret).not.toContain(form.toLowerCase());
      }
    }
  });

  it('detects the same layout, items and decisions on the snapshot as on the page', () => {
    const onPage = detectAsTheCli(html, expected.url, now);
    const onSnapshot = detectAsTheCli(snapshot.html, snapshot.url, now);
    expect(onPage.layout).toBe('recognised');
    expect(detectionShape(onSnapshot)).toEqual(detectionShape(onPage));
    expect(detectionShape(onSnapshot).items.length).toBe(expected.items.length);
  });

  // The CLI itself, on files, as a maintainer runs it on a snapshot from a bug report.
  it('is read by npm run detect as the page is', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svara-snapshot-'));
    try {
      writeFileSync(join(dir, 'page.html'), html);
      writeFileSync(join(dir, 'snapshot.html'), snapshot.html);
      const [onPage, onSnapshot] = await Promise.all([
        detectCli(join(dir, 'page.html'), expected.url, expected.now),
        detectCli(join(dir, 'snapshot.html'), snapshot.url, expected.now),
      ]);
      expect(onPage.layout).toBe('recognised');
      expect(detectionShape(onSnapshot)).toEqual(detectionShape(onPage));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');

/** `npm run --silent detect -- <file> --url <url> --now <now> --json`, parsed. */
async function detectCli(file: string, url: string, now: string): Promise<ExtractResult> {
  const { stdout } = await run(
    join(root, 'node_modules/.bin/tsx'),
    ['scripts/detect.ts', file, '--url', url, '--now', now, '--json'],
    { cwd: root },
  );
  return JSON.parse(stdout) as ExtractResult;
}
