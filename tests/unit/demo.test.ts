import { describe, expect, it } from 'vitest';
import { DEMO_WAITING_COUNT, demoPost } from '../../scripts/demo/kanelkompaniet';
import { postUrl, renderPostPage } from '../../scripts/demo/facebook-markup';
import { facebookAdapter } from '../../utils/platforms/facebook/adapter';
import { DEMO_OWNERS } from '../../utils/background/owners';
import { parseHtml } from '../helpers/fixtures';

describe('the bundled demo post', () => {
  const doc = parseHtml(renderPostPage(demoPost));
  const url = new URL(postUrl(demoPost));

  it('leaves exactly the demo’s waiting people waiting, in four languages', () => {
    const result = facebookAdapter.extract(doc, url, DEMO_OWNERS, new Date());
    expect(result.layout).toBe('recognised');
    if (result.layout !== 'recognised') return;
    const waiting = result.items.filter((item) => item.waiting);
    expect(waiting.map((item) => item.author.name)).toEqual([
      'Astrid Lundgren',
      'Mads Kristensen',
      'Oliver Grant',
      'Ingrid Haugen',
    ]);
    expect(waiting).toHaveLength(DEMO_WAITING_COUNT);
  });

  it('is not ours without the demo identity: the same comments are found, none waits', () => {
    const ours = facebookAdapter.extract(doc, url, DEMO_OWNERS, new Date());
    const result = facebookAdapter.extract(doc, url, [], new Date());
    // An unrecognised page would also have nothing waiting: the layout must be read first.
    expect(result.layout).toBe('recognised');
    if (result.layout !== 'recognised' || ours.layout !== 'recognised') return;
    expect(result.items.map((item) => item.key)).toEqual(ours.items.map((item) => item.key));
    expect(result.items.length).toBeGreaterThan(DEMO_WAITING_COUNT);
    expect(result.items.filter((item) => item.waiting)).toEqual([]);
  });
});
