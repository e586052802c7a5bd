// Pre-2025 units that are now several wards ("quận Hà Đông" → five wards and part of a sixth), and the
// models that belong to them. Type-only imports: home uses this to list the followed ward's models.
import type { Model, Province, ProvinceAlias, Ward } from './schema.ts';

/** The province's old name `name` when it lists the wards it became; undefined otherwise. */
export function oldUnit(province: Province, name: string | undefined): ProvinceAlias | undefined {
  if (name === undefined) return undefined;
  return province.aliases.find((a) => a.kind === 'oldName' && a.name === name && (a.wards ?? a.partly));
}

const wardsOf = (province: Province, ids: readonly string[] | undefined): Ward[] =>
  (ids ?? []).flatMap((id) => province.wards.filter((w) => w.id === id));

/** Every ward an old unit became, whole or in part. */
export function oldUnitWards(province: Province, unit: ProvinceAlias): Ward[] {
  return [...wardsOf(province, unit.wards), ...wardsOf(province, unit.partly)];
}

const KIND_PLURAL: Record<Ward['kind'], [string, string]> = { phuong: ['phường', 'các phường'], xa: ['xã', 'các xã'], 'dac-khu': ['đặc khu', 'các đặc khu'] };

function namesOf(wards: readonly Ward[]): string {
  const kinds = new Set(wards.map((w) => w.kind));
  const [kind] = kinds;
  if (kinds.size === 1 && kind) return `${KIND_PLURAL[kind][wards.length > 1 ? 1 : 0]} ${wards.map((w) => w.name).join(', ')}`;
  return wards.map((w) => `${KIND_PLURAL[w.kind][0]} ${w.name}`).join(', ');
}

/** What an old unit is now: "các phường Hà Đông, Dương Nội, … và một phần phường Chương Mỹ". */
export function oldUnitNow(province: Province, unit: ProvinceAlias): string {
  const whole = wardsOf(province, unit.wards);
  const part = wardsOf(province, unit.partly);
  return [whole.length ? namesOf(whole) : '', part.length ? `một phần ${namesOf(part)}` : ''].filter(Boolean).join(' và ');
}

/** The wards a model shows for: its own ward, or every ward of the old unit it belongs to. */
export function modelWardIds(model: Model, province: Province | undefined): string[] {
  if (model.locality.ward !== undefined) return [model.locality.ward];
  const unit = province && oldUnit(province, model.locality.oldName);
  return unit && province ? oldUnitWards(province, unit).map((w) => w.id) : [];
}

/** A model's old unit in words, "quận Hà Đông (cũ), nay là các phường …"; undefined when it has none. */
export function modelOldUnitPlace(model: Model, province: Province | undefined): string | undefined {
  const unit = province && oldUnit(province, model.locality.oldName);
  return unit && province ? `${unit.name} (cũ), nay là ${oldUnitNow(province, unit)}` : undefined;
}
