import { describe, expect, it } from 'vitest';
import * as facebookSelectors from '../../../utils/platforms/facebook/selectors';
import * as linkedinSelectors from '../../../utils/platforms/linkedin/selectors';
import { allowListOf } from '../../../utils/snapshot/allow-list';
import { sanitizeSnapshot } from '../../../utils/snapshot/sanitize';
import { adapters } from '../../../utils/platforms/registry';

const SNAPSHOT_ALLOW_LISTS = {
  facebook: allowListOf(adapters.facebook.snapshotKeeps),
  linkedin: allowListOf(adapters.linkedin.snapshotKeeps),
};

/** Every selector a selectors module exports: strings, and objects of strings. */
function exportedSelectors(module: Record<string, unknown>, notSelectors: string[]): string[] {
  return Object.entries(module).flatMap(([name, value]) => {
    if (notSelectors.includes(name)) return [];
    if (typeof value === 'string') return [value];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const values = Object.values(value);
      if (values.every((entry) => typeof entry === 'string')) return values as string[];
    }
    return [];
  });
}

describe('the snapshot allow-list', () => {
  it.each([
    ['facebook', facebookSelectors, []],
    // A prefix of the `componentkey` value, kept through its own selector in SNAPSHOT_KEEPS.
    ['linkedin', linkedinSelectors, ['SDUI_COMMENT_KEY_PREFIX']],
  ] as const)('keeps every selector %s exports', (_, module, notSelectors) => {
    const kept = module.SNAPSHOT_KEEPS.selectors;
    const exported = exportedSelectors(module, [...notSelectors]);
    expect(exported.length).toBeGreaterThan(10);
    for (const selector of exported) expect(kept).toContain(selector);
  });

  it('names the attributes, values, classes and ids the selectors use', () => {
    const list = allowListOf({
      selectors: [
        '[role="article"][aria-label]',
        'article.comments-comment-entity[data-id^="urn:li:comment:"]',
        '#interop-outlet a[href*="/in/"]',
      ],
      words: ['Comment by'],
    });
    expect([...list.attributes.keys()].sort()).toEqual(['aria-label', 'data-id', 'href', 'role']);
    expect(list.attributes.get('role')).toEqual({
      presence: false,
      values: new Set(['article']),
      parts: [],
    });
    expect(list.attributes.get('data-id')!.parts).toEqual(['urn:li:comment:']);
    expect(list.classes).toEqual(new Set(['comments-comment-entity']));
    expect(list.ids).toEqual(new Set(['interop-outlet']));
    expect(list.idWords).toEqual(new Set(['urn', 'li', 'comment', 'in']));
    expect(list.words).toEqual(new Set(['comment', 'by']));
  });

  it('holds what the adapters read and nothing that carries a person', () => {
    const facebook = SNAPSHOT_ALLOW_LISTS.facebook.attributes;
    for (const name of ['role', 'aria-label', 'alt', 'href', 'dir', 'data-utime', 'datetime']) {
      expect(facebook.has(name), name).toBe(true);
    }
    for (const list of Object.values(SNAPSHOT_ALLOW_LISTS)) {
      for (const name of ['title', 'placeholder', 'style', 'srcset', 'data-src', 'value']) {
        expect(list.attributes.has(name), name).toBe(false);
      }
      expect([...list.attributes.keys()].filter((name) => name.includes('hovercard'))).toEqual([]);
    }
    expect(SNAPSHOT_ALLOW_LISTS.facebook.classes.size).toBe(0); // hashed classes only
    expect(SNAPSHOT_ALLOW_LISTS.linkedin.classes).toContain('comments-comment-entity');
  });

  it('keeps allow-listed values and drops the rest of each attribute', () => {
    const template = document.createElement('template');
    template.innerHTML = `<div>
      <article class="comments-comment-entity x9f8e7 user-kari-nordmann"
        data-id="urn:li:comment:(activity:7260000000000000001,7260000000000000101)"
        data-view-name="kari-nordmann" aria-hidden="true" id="ember1" lang="nb"></article>
      <div data-id="urn:li:comment:kari-nordmann" data-testid="mainFeed" role="listitem kari"></div>
      <time datetime="Kari Nordmann" data-utime="1763632800">1d</time>
    </div>`;
    const html = sanitizeSnapshot(template.content.firstElementChild!, {
      platform: 'linkedin',
      keeps: adapters.linkedin.snapshotKeeps,
      items: [],
    });
    const sanitised = document.createElement('template');
    sanitised.innerHTML = html;
    const [article, div] = sanitised.content.querySelectorAll('article, div div');
    expect(article.getAttribute('class')).toBe('comments-comment-entity');
    expect(article.getAttribute('data-id')).toMatch(/^urn:li:comment:\(activity:\d{19},\d{19}\)$/);
    expect(article.getAttribute('data-id')).not.toContain('7260000000000000101');
    expect(article.getAttribute('aria-hidden')).toBe('true');
    for (const dropped of ['data-view-name', 'id', 'lang']) {
      expect(article.hasAttribute(dropped), dropped).toBe(false);
    }
    expect(div.hasAttribute('data-id')).toBe(false);
    expect(div.getAttribute('data-testid')).toBe('mainFeed');
    expect(div.getAttribute('role')).toBe('listitem');
    const time = sanitised.content.querySelector('time')!;
    expect(time.hasAttribute('datetime')).toBe(false);
    expect(html.toLowerCase()).not.toContain('kari');
  });
});
