// Its own module: home needs only this lookup, not the alias matching of places.ts (first-load bytes).
import type { Province, Ward } from '../content/schema.ts';

/** Find a province and (optionally) one of its wards by id. */
export function findLocality(provinces: readonly Province[], provinceId: string | undefined, wardId?: string): { province?: Province; ward?: Ward } {
  const province = provinceId ? provinces.find((p) => p.id === provinceId) : undefined;
  const ward = province && wardId ? province.wards.find((w) => w.id === wardId) : undefined;
  return { province, ward };
}
