import type { Settings } from '../model/settings';
import type { ToneGuide } from '../tone/schema';
import type { SvaraDatabase } from './database';
import { saveSettings } from './settings';
import { saveToneGuide } from './tone-guides';

/**
 * The first-run setup's result, written at once: the starter guide as the default guide's
 * revision, and the settings with their owners, so Svara is never set up without its guide.
 */
export async function saveFirstRunSetup(
  db: SvaraDatabase,
  setup: { settings: Settings; guide: ToneGuide },
  now = new Date(),
) {
  await db.transaction('rw', db.settings, db.toneGuides, async () => {
    await saveToneGuide(db, setup.guide, 'default', now);
    await saveSettings(db, setup.settings);
  });
}
