import { useEffect, useState } from 'preact/hooks';

type Entry<T> = { status: 'pending'; promise: Promise<T> } | { status: 'done'; value: T } | { status: 'error'; error: unknown };
const cache = new Map<string, Entry<unknown>>();

function start<T>(key: string, load: () => Promise<T>): Entry<T> {
  const promise = load().then(
    (value) => (cache.set(key, { status: 'done', value }), value),
    (error: unknown) => {
      cache.set(key, { status: 'error', error });
      throw error;
    },
  );
  const entry: Entry<T> = { status: 'pending', promise };
  cache.set(key, entry);
  return entry;
}

/** Load into the cache before rendering, so the first client render needs no loading state. */
export function preloadResource<T>(key: string, load: () => Promise<T>): Promise<T> {
  const entry = (cache.get(key) as Entry<T> | undefined) ?? start(key, load);
  if (entry.status === 'done') return Promise.resolve(entry.value);
  if (entry.status === 'error') return Promise.reject(entry.error);
  return entry.promise;
}

/** Forget cached results (after a content update), so screens read the new content. */
export function clearResources(): void {
  cache.clear();
}

export type Resource<T> = { status: 'loading' } | { status: 'done'; value: T } | { status: 'error'; error: unknown };

/**
 * Async data for a screen, keyed. At build time (no window) it suspends, so the prerender waits for
 * the data; in the browser it returns a loading state and re-renders when the data arrives.
 */
export function useResource<T>(key: string, load: () => Promise<T>): Resource<T> {
  const [, rerender] = useState(0);
  let entry = cache.get(key) as Entry<T> | undefined;
  if (!entry) entry = start(key, load);
  if (entry.status === 'pending' && typeof window === 'undefined') throw entry.promise;
  useEffect(() => {
    if (entry.status !== 'pending') return;
    let live = true;
    entry.promise.then(
      () => live && rerender((n) => n + 1),
      () => live && rerender((n) => n + 1),
    );
    return () => {
      live = false;
    };
  }, [key, entry]);
  if (entry.status === 'done') return { status: 'done', value: entry.value };
  if (entry.status === 'error') return { status: 'error', error: entry.error };
  return { status: 'loading' };
}
