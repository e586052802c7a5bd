// Without persistence the browser may evict content under storage pressure, and a resident would
// find the app empty offline. We ask at a moment the user understands: following a locality, or
// installing the app (the PWA code calls requestPersistence() on `appinstalled`).

/** Ask the browser to keep our storage; true when it is (or already was) persistent. */
export async function requestPersistence(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

export interface StorageUsage {
  /** Bytes used by this origin and the quota it may use (browser estimates). */
  usage: number;
  quota: number;
  persisted: boolean;
}

/** Storage used by the app, for the settings screen; null where the browser does not tell. */
export async function storageUsage(): Promise<StorageUsage | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.estimate) return null;
  try {
    const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([storage.estimate(), storage.persisted?.() ?? false]);
    return { usage, quota, persisted };
  } catch {
    return null;
  }
}
