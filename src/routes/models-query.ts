// The models list's address: `/mo-hinh/?tinh=ha-noi&phuong=ha-dong&loai=…&trang-thai=…`, and the
// filtering it means. `noi` carries a typed place name ("Bắc Giang") until it is resolved.
import * as z from 'zod/mini';
import type { Model, Province, Ward } from '../content/schema.ts';
import { modelWardIds } from '../content/old-units.ts';
import { findLocality } from './places.ts';
import { ModelKindParam, ModelStatusParam, queryString, readParam, SlugParam } from './query.ts';

export interface ModelsQuery {
  province: Province | undefined;
  ward: Ward | undefined;
  kind: Model['kind'] | undefined;
  status: Model['status'] | undefined;
  /** A place name typed by the resident, trimmed; undefined when empty. */
  place: string | undefined;
}

const PlaceText = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));

/** Parse the query against the provinces content: unknown ids are ignored like malformed ones. */
export function parseModelsQuery(query: Record<string, string | undefined>, provinces: readonly Province[]): ModelsQuery {
  const { province, ward } = findLocality(provinces, readParam(SlugParam, query['tinh']), readParam(SlugParam, query['phuong']));
  return {
    province,
    ward,
    kind: readParam(ModelKindParam, query['loai']),
    status: readParam(ModelStatusParam, query['trang-thai']),
    place: readParam(PlaceText, query['noi']),
  };
}

/** The list URL for a filter. */
export function modelsHref(q: { province?: string | undefined; ward?: string | undefined; kind?: string | undefined; status?: string | undefined; place?: string | undefined }): string {
  return '/mo-hinh/' + queryString({ tinh: q.province, phuong: q.province ? q.ward : undefined, loai: q.kind, 'trang-thai': q.status, noi: q.place });
}

/** The models of one province that pass the ward, kind and status filters, by name; an old unit's model shows in each of its wards. */
export function filterModels(models: readonly Model[], q: Pick<ModelsQuery, 'province' | 'ward' | 'kind' | 'status'>): Model[] {
  const inWard = (m: Model) => !q.ward || modelWardIds(m, q.province).includes(q.ward.id);
  return models
    .filter((m) => inWard(m) && (!q.kind || m.kind === q.kind) && (!q.status || m.status === q.status))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Provinces with their number of listings, most first, then by name; provinces with none last. */
export function provincesByCount(provinces: readonly Province[], counts: Record<string, number>): { province: Province; count: number }[] {
  return provinces
    .map((province) => ({ province, count: counts[province.id] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.province.name.localeCompare(b.province.name, 'vi'));
}
