import { SvaraDatabase } from '../../../utils/db/database';
import {
  activeToneGuide,
  cachedActiveToneGuide,
  saveToneGuide,
} from '../../../utils/db/tone-guides';
import { defaultToneGuide } from '../../../utils/tone/default-guide';

describe('the guide in force', () => {
  let db: SvaraDatabase;
  beforeEach(() => {
    db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  it('is the newest revision that parses, else the shipped default', async () => {
    expect(await activeToneGuide(db)).toBe(defaultToneGuide);
    await saveToneGuide(db, { ...defaultToneGuide, name: 'First' }, 'editor');
    await saveToneGuide(db, { ...defaultToneGuide, name: 'Second' }, 'import');
    await db.toneGuides.add({ guide: { name: 'damaged' }, origin: 'import', savedAt: '' });
    expect((await activeToneGuide(db)).name).toBe('Second');
  });

  it('is kept in memory until a revision is saved, restored or erased', async () => {
    await saveToneGuide(db, { ...defaultToneGuide, name: 'First' }, 'editor');
    const first = await cachedActiveToneGuide(db);
    expect(first.name).toBe('First');
    expect(await cachedActiveToneGuide(db)).toBe(first);

    // Another page (the options page) saves: the next scan sees it.
    const optionsPage = new SvaraDatabase(db.name);
    await optionsPage.toneGuides.add({
      guide: { ...defaultToneGuide, name: 'Second' },
      origin: 'import',
      savedAt: new Date().toISOString(),
    });
    optionsPage.close();
    expect((await cachedActiveToneGuide(db)).name).toBe('Second');

    await db.toneGuides.clear();
    expect(await cachedActiveToneGuide(db)).toBe(defaultToneGuide);
  });
});
