// What main.tsx awaits before the first render. A repeat visit reads IndexedDB only (no network
// before the first render, nothing re-validated: it was checked on the way in); a first visit
// downloads the manifest and national content (validated, in the lazy sync chunk) and the store
// fills in the background after the first paint. Without IndexedDB everything stays in memory.
import { readContent } from '../db/content.ts';
import type { ContentStore } from './content-store.ts';
import { getDB } from './db.ts';
import { idbStore } from './idb-store.ts';
import { liveStore, replaceStore } from './live-store.ts';
import { loadSettings } from './settings.ts';
import { setSyncStatus } from './sync-status.ts';

/** The content store for the first render. */
export async function loadStore(): Promise<ContentStore> {
  const db = await getDB().catch((error: unknown) => {
    console.warn('[antq] IndexedDB not available, content kept in memory:', error);
    return null;
  });
  await loadSettings();
  const content = db ? await readContent(db).catch(() => undefined) : undefined;
  if (db && content) {
    setSyncStatus({ state: 'idle', storedAt: content.syncedAt, version: content.manifest.version });
    const store = idbStore({ db, manifest: content.manifest, syncedAt: content.syncedAt, national: content.national });
    replaceStore(store);
    performance.mark('antq:store-loaded', { detail: 'idb' });
    return store;
  }
  const { downloadInitial } = await import('./sync.ts');
  const { manifest, national } = await downloadInitial();
  const store = idbStore({ db, manifest, syncedAt: null, national });
  replaceStore(store);
  performance.mark('antq:store-loaded', { detail: 'network' });
  return store;
}

/** Call `listener` with each store that replaces the current one (after a content update). */
export function onStoreReplaced(listener: (store: ContentStore) => void): () => void {
  return liveStore.subscribe((store) => store && listener(store));
}

/** After the first render: once the page has painted, load the sync chunk and start it. */
export function startSyncAfterPaint(): void {
  if (typeof window === 'undefined') return;
  requestAnimationFrame(() => setTimeout(() => void import('./sync.ts').then((sync) => sync.startSync()), 0));
}
