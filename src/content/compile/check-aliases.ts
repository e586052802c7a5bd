import type { Alias, Model, Province, ProvinceAlias } from '../schema.ts';
import { shown } from './content-error.ts';

type Say = (path: string, what: string) => void;

/**
 * An alias is an `oldName` (a pre-2025 unit, shown as "tên cũ": it must cite a fact that says so) or a
 * `spelling` of a current name (search only). Only a province's old name may list the wards it became.
 */
export function checkAlias(alias: Alias | ProvinceAlias, wardIds: ReadonlySet<string>, path: string, say: Say): void {
  if (alias.kind === 'oldName' && !alias.sources?.some((ref) => 'fact' in ref)) {
    say(`${path}.sources`, `the old name ${shown(alias.name)} must cite a fact that says so (e.g. { "fact": "F-NQ202" })`);
  }
  // A ward's alias has no `wards` (the schema rejects it); a province's may, when it is an old name.
  for (const field of ['wards', 'partly'] as const) {
    const ids = 'wards' in alias || 'partly' in alias ? (alias as ProvinceAlias)[field] : undefined;
    if (ids === undefined) continue;
    if (alias.kind !== 'oldName') say(`${path}.${field}`, 'a spelling names the place itself; only an oldName lists the wards it became');
    else ids.forEach((id, i) => wardIds.has(id) || say(`${path}.${field}.${i}`, `unknown ward ${shown(id)}`));
  }
}

/** Every alias of a province and of its wards. */
export function checkProvinceAliases(p: Province, say: Say): void {
  const wardIds = new Set(p.wards.map((w) => w.id));
  p.aliases.forEach((alias, i) => checkAlias(alias, wardIds, `aliases.${i}`, say));
  p.wards.forEach((w, wi) => w.aliases.forEach((alias, i) => checkAlias(alias, wardIds, `wards.${wi}.aliases.${i}`, say)));
}

/** A model's `locality.oldName` names an old unit of its province that lists its wards, and never comes with one ward. */
export function checkModelOldName(m: Model, province: Province | undefined, say: Say): void {
  const { oldName, ward } = m.locality;
  if (oldName === undefined || province === undefined) return;
  if (ward !== undefined) say('locality.oldName', `give either a ward or an old unit, not both (${shown(ward)} and ${shown(oldName)})`);
  const alias = province.aliases.find((a) => a.name === oldName);
  if (!alias || alias.kind !== 'oldName' || !(alias.wards ?? alias.partly)) {
    say('locality.oldName', `${shown(oldName)} is not an old name of ${province.id} that lists its wards`);
  }
}
