// The content sync (a lazy chunk: it carries zod). On start, whenever the device comes back online
// and when the resident follows another province: fetch the manifest, download only what changed, validate every file, then write all of it
// with the new versions in one transaction. Any failure leaves the stored content as it was.
import type { ContentManifest, ProvinceIndex } from '../content/schema.ts';
import { readContent, readVersions } from '../db/content.ts';
import { writeUpdate, type WriteReport } from '../db/content-write.ts';
import { readTrust } from '../db/notices.ts';
import type { Database } from '../db/schema.ts';
import { closedForReload, DbBlockedError, DbClosedError, getDB } from './db.ts';
import { OfflineError } from './fetch-json.ts';
import { idbStore } from './idb-store.ts';
import { liveStore, markStoredChanged, replaceStore } from './live-store.ts';
import { getSettings, onSettingsChange } from './settings.ts';
import { counts, downloadNational, downloadPlaces, downloadProvince, fetchManifest, forgetDownloads } from './sync-download.ts';
import { isOlder, planUpdate, type Plan } from './sync-plan.ts';
import { setSyncStatus } from './sync-status.ts';
import { failureMessage, OlderManifestError } from './sync-messages.ts';
import { downloadTrust } from './trust.ts';
import { exclusive } from './write-queue.ts';

export { downloadInitial, timeouts } from './sync-download.ts';

/** What the last sync did, for tests and the bench. */
export interface SyncReport extends WriteReport {
  outcome: 'unchanged' | 'updated' | 'offline' | 'failed' | 'no-db';
  files: number;
  chars: number;
}

async function runSync(): Promise<SyncReport> {
  counts.files = 0;
  counts.chars = 0;
  const started = performance.now();
  const report = (outcome: SyncReport['outcome'], written?: WriteReport): SyncReport => {
    const result: SyncReport = { outcome, ...counts, shardsWritten: 0, shardsDeleted: 0, collectionsWritten: 0, ...written };
    // Visible in DevTools' performance panel; the bench reads it.
    performance.measure('antq:sync', { start: started, detail: result });
    return result;
  };
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    setSyncStatus({ state: 'offline', message: undefined });
    return report('offline');
  }
  let db: Database;
  try {
    db = await getDB();
  } catch (error) {
    // Blocked or closed: db.ts has already put up its notice. No IndexedDB at all: nothing to store into.
    if (error instanceof DbBlockedError || error instanceof DbClosedError) return report('failed');
    setSyncStatus({ state: 'idle', message: undefined });
    return report('no-db');
  }
  const { stored, provinces } = await readVersions(db);
  setSyncStatus({ state: 'checking', message: undefined, reload: undefined });
  try {
    const manifest = await fetchManifest(stored ? 0 : 60_000);
    if (isOlder(manifest, stored?.manifest)) throw new OlderManifestError(`manifest built ${manifest.builtAt}, stored ${stored!.manifest.builtAt}`);
    const plan = planUpdate(manifest, { manifest: stored?.manifest, provinces }, getSettings().province);
    const same = stored?.manifest.version === manifest.version;
    const trustChanged = !!manifest.trust && (await readTrust(db))?.version !== manifest.trust.version;
    if (same && !trustChanged && !plan.places && plan.national.length + plan.provinces.length + plan.removeProvinces.length === 0) {
      setSyncStatus({ state: 'idle', storedAt: stored!.syncedAt, version: manifest.version });
      return report('unchanged');
    }
    setSyncStatus({ state: 'updating' });
    const syncedAt = new Date().toISOString();
    const written = await applyPlan(db, manifest, plan, provinces, syncedAt);
    setSyncStatus({
      state: 'updated',
      storedAt: syncedAt,
      version: manifest.version,
      message: stored && !same ? 'Đã cập nhật nội dung mới.' : undefined,
    });
    if (liveStore.get()?.meta?.version !== manifest.version) await showStored(db);
    return report('updated', written);
  } catch (error) {
    if (error instanceof OfflineError) {
      setSyncStatus({ state: 'offline', message: undefined, storedAt: stored?.syncedAt });
      return report('offline');
    }
    console.warn('[antq] content update failed; stored content kept:', error);
    // Another tab's upgrade closed the database mid-update: its reload notice is the one that helps.
    if (closedForReload()) return report('failed');
    setSyncStatus({ state: 'failed', message: failureMessage(error, stored?.syncedAt) });
    return report('failed');
  }
}

/**
 * Download what `plan` lists, validate it, and store it with `manifest` in one transaction.
 * Throws (storing nothing) on any failure.
 */
export async function applyPlan(db: Database, manifest: ContentManifest, plan: Plan, stored: Record<string, ProvinceIndex>, syncedAt: string): Promise<WriteReport> {
  const [national, places, updates, trust] = await Promise.all([
    downloadNational(manifest, plan.national),
    plan.places ? downloadPlaces(manifest) : undefined,
    Promise.all(plan.provinces.map((id) => downloadProvince(manifest, id, stored[id]))),
    // A ward list whose root signature fails fails the whole update: the previous list stays.
    readTrust(db).then((current) => downloadTrust(manifest, current)),
  ]);
  const writeStart = performance.now();
  const written = await writeUpdate(db, { manifest, syncedAt, national, places, provinces: updates, removeProvinces: plan.removeProvinces, trust });
  performance.measure('antq:sync-write', { start: writeStart, detail: written });
  forgetDownloads();
  if (written.shardsWritten + written.shardsDeleted > 0) markStoredChanged();
  return written;
}

/** Render from what is now stored: the update takes over the screen. */
async function showStored(db: Database): Promise<void> {
  const content = await readContent(db);
  if (content) replaceStore(idbStore({ db, manifest: content.manifest, syncedAt: content.syncedAt, national: content.national }));
}

let running: Promise<SyncReport> | null = null;
let again = false;

/** Run a sync now (one at a time; a request during a run runs once more after it). Never rejects. */
export function syncNow(): Promise<SyncReport> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let last: SyncReport;
    do {
      again = false;
      last = await exclusive(runSync).catch((error: unknown): SyncReport => {
        console.warn('[antq] sync crashed:', error);
        return { outcome: 'failed', ...counts, shardsWritten: 0, shardsDeleted: 0, collectionsWritten: 0 };
      });
    } while (again);
    return last;
  })().finally(() => (running = null));
  return running;
}

let started = false;
/** Sync now, every time the device comes back online, and when the resident follows another province. */
export function startSync(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void syncNow());
  let province = getSettings().province;
  onSettingsChange((next) => {
    if (next.province && next.province !== province) void syncNow();
    province = next.province;
  });
  void syncNow();
}
