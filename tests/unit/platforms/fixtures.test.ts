import { describe, expect, it } from 'vitest';
import { loadFixtureCases, parseHtml } from '../../helpers/fixtures';
import { adapterForUrl } from '../../../utils/platforms/registry';
import { mergeOwners } from '../../../utils/platforms/owners';
import { runInSlices } from '../../../utils/scan/slices';

// Every saved page under tests/fixtures is a case: the adapter chosen by its URL must report
// exactly the expected layout and items (order included).
describe.each(loadFixtureCases())('fixture $name', ({ html, expected }) => {
  const url = new URL(expected.url);
  const adapter = adapterForUrl(url);
  const doc = parseHtml(html);
  const owners = () => mergeOwners(expected.owners, adapter!.pageOwners(doc, url));

  it('is detected as expected', () => {
    expect(adapter?.platform).toBe(expected.platform);
    expect(adapter!.surfaceOf(url)).toBe(expected.surface);
    const result = adapter!.extract(doc, url, owners(), new Date(expected.now));
    expect(result.layout).toBe(expected.layout);
    if (result.layout === 'recognised') expect(result.items).toEqual(expected.items);
    else if (expected.reasonIncludes) expect(result.reason).toContain(expected.reasonIncludes);
  });

  it('is detected the same when read in slices, pausing after every step', async () => {
    const steps = adapter!.extractSteps(doc, url, owners(), new Date(expected.now));
    const sliced = await runInSlices(steps, { sliceMs: 0 });
    expect(sliced).toEqual(adapter!.extract(doc, url, owners(), new Date(expected.now)));
  });
});
