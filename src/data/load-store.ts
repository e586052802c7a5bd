import { NATIONAL_COLLECTIONS, type Model, type National } from '../content/schema.ts';
import type { ContentStore } from './content-store.ts';
import { memoryStore } from './memory-store.ts';

/** Provisional: reads the content straight from the network (the IndexedDB store replaces this). */
export async function loadStore(): Promise<ContentStore> {
  const manifest = await (await fetch('/content/manifest.json')).json();
  const national = Object.fromEntries(
    await Promise.all(
      NATIONAL_COLLECTIONS.map(async (name) => [name, (await (await fetch(manifest.national[name].url)).json()).items]),
    ),
  ) as National;
  const models: Model[] = [];
  return memoryStore(national, models, { version: manifest.version, builtAt: manifest.builtAt, syncedAt: null });
}
