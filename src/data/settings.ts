// The resident's settings: held in memory (so the prerender and tests work without a database),
// loaded from IndexedDB before the first render by loadStore(), written back on every change.
// The sync watches them (onSettingsChange) to download a newly followed province: settings know
// nothing of the sync, so the arrows run one way.
import { readSettings, writeSettings } from '../db/settings.ts';
import { DEFAULT_SETTINGS, type Settings } from '../db/schema.ts';
import { getDB } from './db.ts';
import { observable, useObservable } from './observable.ts';
import { requestPersistence } from './storage.ts';

export type { Settings, TextSize } from '../db/schema.ts';

const settings = observable<Settings>(DEFAULT_SETTINGS);

const TEXT_CLASSES = { normal: null, large: 'text-large', 'x-large': 'text-x-large' } as const;

/** Put the text size on <html> as a class (`text-large`, `text-x-large`); CSS scales from there. */
export function applyTextSize(size: Settings['textSize']): void {
  if (typeof document === 'undefined') return;
  const html = document.documentElement;
  for (const [key, name] of Object.entries(TEXT_CLASSES)) if (name) html.classList.toggle(name, key === size);
}

/** The current settings, outside components. */
export function getSettings(): Settings {
  return settings.get();
}

/** Call `listener` with the settings after every change; returns the unsubscribe. */
export function onSettingsChange(listener: (next: Settings) => void): () => void {
  return settings.subscribe(listener);
}

/** Read the stored settings into memory (before the first render); defaults when there is no database. */
export async function loadSettings(): Promise<Settings> {
  try {
    settings.set(await readSettings(await getDB()));
  } catch {
    // No IndexedDB (private mode, blocked): the defaults, in memory.
  }
  applyTextSize(settings.get().textSize);
  return settings.get();
}

/**
 * Change settings: in memory at once, then stored. Following a province asks for persistent storage
 * (the sync downloads its listings); changing province without naming a ward clears the ward.
 */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const before = settings.get();
  const next: Settings = { ...before, ...patch };
  if (patch.province !== undefined && patch.province !== before.province && patch.ward === undefined) next.ward = null;
  settings.set(next);
  applyTextSize(next.textSize);
  try {
    await writeSettings(await getDB(), next);
  } catch (error) {
    console.warn('[antq] settings kept in memory only:', error);
  }
  if (next.province && next.province !== before.province && typeof window !== 'undefined') {
    void requestPersistence();
  }
}

/** [settings, update]: the settings screen and anything that follows the resident's locality. */
export function useSettings(): [Settings, (patch: Partial<Settings>) => Promise<void>] {
  return [useObservable(settings), updateSettings];
}
