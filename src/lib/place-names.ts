// Place names as search shows them: "phường Hà Đông", "tỉnh Cao Bằng", and a name that carries its
// prefix already ("TP. Hồ Chí Minh") as it is.
import { fold } from './fold.ts';

const HAS_PREFIX = /^(?:tinh|thanh pho|thu do|tp|quan|huyen|thi xa|thi tran|phuong|xa|dac khu)\s/;
const UNIT_PREFIX = { phuong: 'phường', xa: 'xã', 'dac-khu': 'đặc khu', 'thanh-pho': 'thành phố', tinh: 'tỉnh' } as const;
export type UnitKind = keyof typeof UNIT_PREFIX;

/** "phường Hà Đông", "tỉnh Cao Bằng", "đặc khu Phú Quốc", "TP. Hồ Chí Minh". */
export const unitLabel = (kind: UnitKind, name: string): string =>
  HAS_PREFIX.test(fold(name).replace(/[^a-z0-9]+/g, ' ').trim()) ? name : `${UNIT_PREFIX[kind]} ${name}`;
