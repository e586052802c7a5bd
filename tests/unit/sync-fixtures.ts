// Test content packs laid out the way /content/ is (see ContentManifest in src/content/schema.ts),
// and a fake fetch serving them, with the ways a download can go wrong.
import { emitPack } from '../../src/content/compile/emit-pack.ts';
import { modelChunk } from '../../src/content/compile/hash.ts';
import type { ContentManifest, Model, National, ProvincePlaces } from '../../src/content/schema.ts';

const src = [{ fact: 'F-TEST' }];

export function national(tag = 'a'): National {
  return {
    articles: [{ id: `bai-${tag}`, title: `Bài viết về tổ tự quản ${tag}`, titleFrom: 'source', date: '2025-03-01', province: 'ha-noi', topics: ['antq'], summary: 'Tóm tắt.', seed: '000_0e242ab13600dc40.txt', body: { from: 1, to: 1 }, sources: src, paragraphs: [{ n: 1, text: 'Đoạn văn về an ninh trật tự.' }] }],
    figures: [{ id: `so-lieu-${tag}`, value: 1101, qualifier: 'exact', unit: 'vụ', label: 'vụ án ma túy được phát hiện', period: { label: 'năm 2024' }, province: 'ha-noi', topics: ['ma-tuy'], article: `bai-${tag}`, sources: src }],
    campaigns: [{ id: 'ngay-toan-dan-phong-chong-ma-tuy', name: 'Ngày toàn dân phòng, chống ma túy', kind: 'observance', topic: 'ma-tuy', province: null, recurrence: { kind: 'yearly-day', month: 6, day: 26, since: 2001 }, description: 'Ngày hành động.', legalBasis: [], actions: ['Tuyên truyền'], articles: [], sources: src }],
    hotlines: [{ id: 'cong-an', number: '113', name: 'Công an', description: 'Gọi khi khẩn cấp.', link: { label: 'Gọi 113', href: 'tel:113' }, sources: src }],
    provinces: [{ id: 'ha-noi', name: 'Hà Nội', kind: 'thanh-pho', aliases: [{ name: 'TP. Hà Nội', kind: 'spelling' }], wards: [{ id: 'ha-dong', name: 'Hà Đông', kind: 'phuong', aliases: [], sources: src }], sources: src }],
    guidance: [{ id: 'to-giac', title: 'Tố giác tội phạm', paragraphs: ['Gọi 113.'], sources: src }],
    facts: [{ id: 'F-TEST', title: 'Tài liệu thử', checked: 'yes', checkedAt: ['2025'] }],
  };
}

export function model(id: string, province: string, extra: Partial<Model> = {}): Model {
  return { id, name: `Mô hình ${id}`, kind: 'tu-quan-khu-dan-cu', status: 'dang-hoat-dong', locality: { province, ward: `${province}-phuong-1` }, topics: ['antq'], description: 'Tổ tự quản an ninh trật tự khu dân cư.', mentioned: '2025-03-01', articles: [], sources: src, ...extra };
}

/** The chunk (hash bucket) of a model id in `pack`, whose province index says how many buckets there are. */
export function chunkOf(pack: Pack, province: string, id: string): number {
  const index = JSON.parse(pack.files.get(pack.manifest.provinces[province]!.url)!) as { buckets: number };
  return modelChunk(id, index.buckets);
}

/** A small list of communes (the real one has 3,321). */
export function places(extra: string[] = []): ProvincePlaces[] {
  const names = ['Hà Đông', 'Dương Nội', ...extra];
  const communes = names.map((name, i) => ({ id: name === 'Hà Đông' ? 'ha-dong' : `xa-${i}`, code: String(i + 1).padStart(5, '0'), name, kind: 'phuong' as const }));
  return [{ id: 'ha-noi', code: '01', name: 'Hà Nội', kind: 'thanh-pho', communes, sources: src }];
}


export interface Pack {
  manifest: ContentManifest;
  /** URL path (`/content/...`) → body. */
  files: Map<string, string>;
}

/** The pack the content build would emit for this content (its own emitter), keyed by URL. */
export function buildPack(content: National, models: Model[], builtAt = '2026-11-21T03:00:00.000Z', communes = places()): Pack {
  const { manifest, files } = emitPack(content, models, { builtAt, places: communes });
  return { manifest, files: new Map([...files].map(([path, text]) => [`/${path}`, text])) };
}

export type Fault = 'offline' | 'timeout' | 'drop' | 'truncate' | 'garbage' | 'wrong-shape' | '404';

/** A fetch over packs; `fault(url)` decides, per request, how it goes wrong. */
export function fakeFetch(server: { pack: Pack; fault?: (url: string) => Fault | undefined; log?: string[] }): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : new URL(input.url).pathname;
    server.log?.push(url);
    const fault = server.fault?.(url);
    if (fault === 'offline') throw new TypeError('Failed to fetch');
    if (fault === 'timeout')
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const body = server.pack.files.get(url);
    if (body === undefined || fault === '404') return new Response('Không tìm thấy', { status: 404 });
    if (fault === 'garbage') return new Response('<html>captive portal</html>', { status: 200 });
    if (fault === 'truncate') return new Response(body.slice(0, Math.floor(body.length / 2)), { status: 200 });
    if (fault === 'wrong-shape') return new Response(JSON.stringify({ ...JSON.parse(body), items: [{ id: 'x' }], chunks: 'none', national: [] }), { status: 200 });
    if (fault === 'drop') {
      const bytes = new TextEncoder().encode(body);
      const stream = new ReadableStream({
        start(controller) {
          controller.enqueue(bytes.slice(0, 20));
          controller.error(new TypeError('network connection lost'));
        },
      });
      return new Response(stream, { status: 200 });
    }
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

/** Fresh copies of the data modules (their connection and caches are per page: a new page load) over a new, empty fake IndexedDB. */
export async function freshApp({ keepDatabase = false } = {}) {
  const { IDBFactory } = await import('fake-indexeddb');
  if (!keepDatabase) globalThis.indexedDB = new IDBFactory();
  const { vi } = await import('vitest');
  vi.resetModules();
  const [sync, db, status, settings, loadStore, content, live] = await Promise.all([
    import('../../src/data/sync.ts'),
    import('../../src/data/db.ts'),
    import('../../src/data/sync-status.ts'),
    import('../../src/data/settings.ts'),
    import('../../src/data/load-store.ts'),
    import('../../src/db/content.ts'),
    import('../../src/data/live-store.ts'),
  ]);
  return { sync, db, status, settings, loadStore, content, live };
}

/** Every record of every store, to compare the database before and after a failed update. */
export async function dump(database: import('../../src/db/schema.ts').Database): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of ['settings', 'meta', 'national', 'models'] as const) {
    out[name] = [await database.getAllKeys(name), await database.getAll(name)];
  }
  return out;
}
