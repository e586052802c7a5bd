// Full names for a commune code, from the commune list in seeds/ when the build has one
// (seeds/places.json). Without it, ward-add asks for --commune and --province.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';

const KIND_NAMES: Record<string, string> = { phuong: 'Phường', xa: 'Xã', 'dac-khu': 'Đặc khu', 'thanh-pho': 'Thành phố', tinh: 'Tỉnh' };
const Places = z.array(z.object({ id: z.string(), name: z.string(), communes: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string() })) }));
const Provinces = z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() }));

export interface CommuneNames {
  commune: string;
  province: string;
}

async function json(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Official full names for `code`, or undefined when the seeds hold no commune list (or not this code). */
export async function communeNames(seedsDir: string, code: string): Promise<CommuneNames | 'unknown' | undefined> {
  const places = Places.safeParse(await json(join(seedsDir, 'places.json')));
  if (!places.success) return undefined;
  const provinces = Provinces.safeParse(await json(join(seedsDir, 'provinces.json')));
  for (const p of places.data) {
    const c = p.communes.find((x) => x.code === code);
    if (!c) continue;
    const kind = provinces.success ? provinces.data.find((x) => x.id === p.id)?.kind : undefined;
    return { commune: `${KIND_NAMES[c.kind] ?? ''} ${c.name}`.trim(), province: `${kind ? KIND_NAMES[kind] : ''} ${p.name}`.trim() };
  }
  return 'unknown';
}
