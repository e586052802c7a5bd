// Place names as people write them: with or without "tỉnh/quận/phường…", "TP." or "TP HCM". Shared by
// the place screens (src/routes/places.ts) and search (src/search/place-docs.ts), so both read an
// old name the same way.
import { fold } from './fold.ts';

const ADMIN_PREFIX = /^(?:tinh|thanh pho|thu do|tp|quan|q|huyen|thi xa|tx|thi tran|phuong|p|xa|dac khu)\s+/;
/** Units that no longer exist since 2025 (districts and their towns): a name with this prefix is an old name. */
const DISTRICT_PREFIX = /^(?:quan|q|huyen|thi xa|tx|thi tran)\s/;

/** Folded, punctuation-free form: "TP. Hồ Chí Minh" → "tp ho chi minh". */
export function placeKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The key without an administrative prefix: "quan ha dong" → "ha dong". */
export const bareKey = (key: string): string => key.replace(ADMIN_PREFIX, '');

const initials = (key: string): string => key.split(' ').map((w) => w[0]).join('');

/**
 * Whether `alias` names a place the unit called `name` absorbed or replaced ("Bắc Giang" for Bắc
 * Ninh, "quận Hà Đông" for phường Hà Đông), rather than another spelling of the same name
 * ("TP. Hà Nội", "TPHCM", "Thanh Hoá").
 */
export function isOldName(alias: string, name: string): boolean {
  const key = placeKey(alias);
  if (DISTRICT_PREFIX.test(key)) return true;
  const bare = bareKey(key);
  const current = bareKey(placeKey(name));
  if (bare === current) return false;
  // "TP HCM", "TP.HCM", "TPHCM": initials of the name, with or without the city prefix.
  const compact = bare.replace(/ /g, '').replace(/^(?:tp|thanhpho)(?=.)/, '');
  return compact !== initials(current);
}

const UNIT_PREFIX = { phuong: 'phường', xa: 'xã', 'dac-khu': 'đặc khu', 'thanh-pho': 'thành phố', tinh: 'tỉnh' } as const;
export type UnitKind = keyof typeof UNIT_PREFIX;

/** "phường Hà Đông", "tỉnh Cao Bằng", "đặc khu Phú Quốc", "TP. Hồ Chí Minh". */
export const unitLabel = (kind: UnitKind, name: string): string => {
  const key = placeKey(name);
  // A name that carries its prefix already ("TP. Hồ Chí Minh") is its own label.
  return bareKey(key) !== key ? name : `${UNIT_PREFIX[kind]} ${name}`;
};
