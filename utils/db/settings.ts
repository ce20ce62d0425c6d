import { defaultSettings, settingsSchema, type Settings } from '../model/settings';
import type { SvaraDatabase } from './database';

const SETTINGS_KEY = 'settings';

/** Stored settings, parsed; a damaged row falls back to defaults field by field, never throws. */
export async function getSettings(db: SvaraDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  return parseSettings(row?.value);
}

export function parseSettings(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : defaultSettings;
}

export async function saveSettings(db: SvaraDatabase, settings: Settings) {
  await db.settings.put({ key: SETTINGS_KEY, value: settingsSchema.parse(settings) });
}

export async function updateSettings(db: SvaraDatabase, change: (s: Settings) => Settings) {
  return db.transaction('rw', db.settings, async () => {
    const next = change(await getSettings(db));
    await saveSettings(db, next);
    return next;
  });
}
