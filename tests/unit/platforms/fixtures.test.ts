import { describe, expect, it } from 'vitest';
import { loadFixtureCases, parseHtml } from '../../helpers/fixtures';
import { adapterForUrl } from '../../../utils/platforms/registry';
import { mergeOwners } from '../../../utils/platforms/owners';

// Every saved page under tests/fixtures is a case: the adapter chosen by its URL must report
// exactly the expected layout and items (order included).
describe.each(loadFixtureCases())('fixture $name', ({ html, expected }) => {
  it('is detected as expected', () => {
    const url = new URL(expected.url);
    const adapter = adapterForUrl(url);
    expect(adapter?.platform).toBe(expected.platform);
    expect(adapter!.surfaceOf(url)).toBe(expected.surface);
    const doc = parseHtml(html);
    const owners = mergeOwners(expected.owners, adapter!.pageOwners(doc, url));
    const result = adapter!.extract(doc, url, owners, new Date(expected.now));
    expect(result.layout).toBe(expected.layout);
    if (result.layout === 'recognised') expect(result.items).toEqual(expected.items);
    else if (expected.reasonIncludes) expect(result.reason).toContain(expected.reasonIncludes);
  });
});
