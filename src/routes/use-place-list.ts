// The list of every commune for a screen that needs it after its first render (Cài đặt, a shared
// link's follow offer): read from IndexedDB, or downloaded when not stored yet, and read again when
// the phone comes back online, so a list that could not be had offline appears without a reload.
// Not useResource: a failure there is cached for the session, and this must retry.
import { useEffect, useState } from 'preact/hooks';
import type { ProvincePlaces } from '../content/schema.ts';
import { useContent } from '../data/content-context.ts';
import type { Resource } from '../data/use-resource.ts';

/** The list, or its loading / error state; `wanted` false reads nothing (and stays 'loading'). */
export function usePlaceList(wanted = true): Resource<ProvincePlaces[]> {
  const store = useContent();
  const [list, setList] = useState<Resource<ProvincePlaces[]>>({ status: 'loading' });
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const load = () =>
      store.places().then(
        (value) => live && setList({ status: 'done', value }),
        (error: unknown) => live && setList((now) => (now.status === 'done' ? now : { status: 'error', error })),
      );
    void load();
    const online = () => void load();
    window.addEventListener('online', online);
    return () => {
      live = false;
      window.removeEventListener('online', online);
    };
  }, [store, wanted]);
  return list;
}
