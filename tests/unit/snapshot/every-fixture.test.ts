import { describe, expect, it } from 'vitest';
import { loadFixtureCases, parseHtml } from '../../helpers/fixtures';
import { mergeOwners } from '../../../utils/platforms/owners';
import { adapterForUrl } from '../../../utils/platforms/registry';
import { capturePageSnapshot } from '../../../utils/snapshot/capture';
import { detectAsTheCli, detectionShape } from './capture-harness';

// The allow-list keeps what detection reads on every page shape we have, not only the planted ones.
describe.each(loadFixtureCases())('a snapshot of fixture $name', ({ html, expected }) => {
  it('is read as the page is: same layout, items, times and decisions', () => {
    const url = new URL(expected.url);
    const adapter = adapterForUrl(url)!;
    const doc = parseHtml(html);
    Object.defineProperty(doc, 'location', { value: url });
    const now = new Date(expected.now);
    // As the content script passes them: the options' owners and the page's own.
    const owners = mergeOwners(expected.owners, adapter.pageOwners(doc, url));
    const snapshot = capturePageSnapshot(doc, adapter, owners, now)!;
    expect(detectionShape(detectAsTheCli(snapshot.html, snapshot.url, now))).toEqual(
      detectionShape(detectAsTheCli(html, expected.url, now)),
    );
  });
});
