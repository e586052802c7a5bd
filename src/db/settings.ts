import { DEFAULT_SETTINGS, type Database, type Settings } from './schema.ts';

const TEXT_SIZES = new Set(['normal', 'large', 'x-large']);

/** The stored settings, defaults filled in for anything missing or malformed. */
export async function readSettings(db: Database): Promise<Settings> {
  const stored: Partial<Settings> | undefined = await db.get('settings', 'settings');
  return {
    province: typeof stored?.province === 'string' ? stored.province : DEFAULT_SETTINGS.province,
    ward: typeof stored?.ward === 'string' ? stored.ward : DEFAULT_SETTINGS.ward,
    textSize: stored?.textSize && TEXT_SIZES.has(stored.textSize) ? stored.textSize : DEFAULT_SETTINGS.textSize,
  };
}

export async function writeSettings(db: Database, settings: Settings): Promise<void> {
  await db.put('settings', settings, 'settings');
}
