// The store the app renders now. A content update replaces it: cached resources are dropped and the
// app renders again with the new store (main.tsx subscribes); components may key on the version.
import type { ContentStore } from './content-store.ts';
import { observable, useObservable } from './observable.ts';
import { clearResources } from './use-resource.ts';

export const liveStore = observable<ContentStore | null>(null);

/** Bumped whenever listings are stored or removed, so the search index is rebuilt. */
export const storedChanges = observable(0);

/** Tell the app that stored listings changed (a province was stored or updated). */
export function markStoredChanged(): void {
  storedChanges.set(storedChanges.get() + 1);
}

/** Make `store` the one the app renders; after the first, screens re-read their data. */
export function replaceStore(store: ContentStore): void {
  if (liveStore.get()) clearResources();
  liveStore.set(store);
}

/** The content version on screen (manifest version); changes after an update is applied. */
export function useContentVersion(): string | null {
  return useObservable(liveStore)?.meta?.version ?? null;
}
