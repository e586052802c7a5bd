// A synthetic content pack for the bench: the real national content plus N generated model listings
// spread over the 34 provinces, emitted by the content build's own emitter. Generated in memory and
// served from a temporary directory: it never enters dist/ or seeds/.
import { mkdtemp, mkdir, writeFile, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compileContent, type CompiledContent } from '../../src/content/compile/compile-content.ts';
import { emitPack, type Pack } from '../../src/content/compile/emit-pack.ts';
import { loadSeeds } from '../../src/content/compile/load-seeds.ts';
import { MODEL_KINDS, TOPICS, type Model, type National } from '../../src/content/schema.ts';
import { slugify } from '../../src/lib/slug.ts';

/** The real content, compiled from seeds/ exactly as the build does. */
export async function realContent(): Promise<CompiledContent> {
  return compileContent(await loadSeeds('seeds'));
}

// Deterministic, so every bench run stores the same bytes.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WHAT = ['Tổ tự quản an ninh trật tự', 'Camera an ninh', 'Khu dân cư an toàn về phòng cháy, chữa cháy', 'Đội thanh niên tình nguyện', 'Tổ hòa giải cơ sở', 'Câu lạc bộ phòng, chống ma túy', 'Tuyến phố văn minh', 'Dòng họ không có tội phạm', 'Tổ liên gia an toàn', 'Chợ an toàn về an ninh trật tự', 'Xứ, họ đạo bình yên', 'Nhà trọ an toàn', 'Zalo cộng đồng báo tin tội phạm', 'Tiếng kẻng an ninh', 'Bến đò an toàn'];
const PLACE = ['tổ dân phố', 'thôn', 'khu phố', 'ấp', 'bản', 'xóm', 'khu dân cư'];
const SYLLABLES = ['An', 'Bình', 'Hòa', 'Phú', 'Thịnh', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Tân', 'Long', 'Phước', 'Hưng', 'Quang', 'Minh', 'Thạnh', 'Đức', 'Hải', 'Sơn', 'Lạc', 'Yên', 'Vĩnh', 'Xuân', 'Thuận', 'Lộc', 'Khánh', 'Mỹ', 'Định', 'Hiệp'];
const DID = ['duy trì giao ban hằng tháng', 'tuần tra ban đêm vào cuối tuần', 'tuyên truyền pháp luật tại nhà văn hóa', 'phối hợp với Công an xã kiểm tra lưu trú', 'vận động người dân tố giác tội phạm', 'lắp đặt camera tại các ngõ, hẻm', 'hòa giải mâu thuẫn từ cơ sở', 'giúp đỡ người sau cai nghiện tái hòa nhập', 'diễn tập chữa cháy tại khu dân cư', 'phát tờ rơi phòng, chống lừa đảo qua mạng'];

/** `n` listings over the given provinces, about 450 bytes of JSON each. */
export function syntheticModels(n: number, provinces: readonly string[], seed = 2026): Model[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const province = provinces[i % provinces.length]!;
    const ward = `${pick(SYLLABLES)} ${pick(SYLLABLES)}`;
    const name = `${pick(WHAT)} ${pick(PLACE)} ${i % 97 + 1}, phường ${ward}`;
    return {
      id: `${slugify(name)}-${i}`,
      name,
      kind: pick(MODEL_KINDS),
      status: r() < 0.8 ? 'dang-hoat-dong' : 'da-to-chuc',
      locality: { province, ward: slugify(ward) },
      topics: [pick(TOPICS)],
      description: `Mô hình do Nhân dân ${pick(PLACE)} ${ward} xây dựng từ năm ${2015 + Math.floor(r() * 10)}; các thành viên ${pick(DID)} và ${pick(DID)}.`,
      since: String(2015 + Math.floor(r() * 10)),
      mentioned: '2025-06',
      articles: [],
      sources: [{ fact: 'F-SYNTHETIC' }],
    } as Model;
  });
}

/** The listing at `index` with its description changed: one edited listing for the update figures. */
export function editOne(models: readonly Model[], index: number): Model[] {
  return models.map((m, i) => (i === index ? { ...m, description: `${m.description} Cập nhật tháng 11/2026.` } : m));
}

/** A pack for `national` + `models`, as the content build would emit it. */
export function pack(national: National, models: readonly Model[], builtAt: string): Pack {
  return emitPack(national, models, { builtAt });
}

/**
 * A copy of the built app with its content/ replaced by `content`, in a temporary directory.
 * Returns the directory and a function to swap in another pack (an update) and to delete it.
 */
export async function siteWith(dist: string, content: Pack): Promise<{ dir: string; publish(next: Pack): Promise<void>; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'antq-bench-'));
  await cp(dist, dir, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'content')) });
  const publish = async (next: Pack) => {
    await rm(join(dir, 'content'), { recursive: true, force: true });
    for (const [path, text] of next.files) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
  };
  await publish(content);
  return { dir, publish, dispose: () => rm(dir, { recursive: true, force: true }) };
}
