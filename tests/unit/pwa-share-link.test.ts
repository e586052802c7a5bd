import { describe, expect, it } from 'vitest';
import { shareURL } from '../../src/pwa/locality-link.ts';
import { qrPath, QR_BORDER } from '../../src/pwa/qr-path.ts';
import { encode } from 'uqr';

const HOME = 'https://antq.example';
const haDong = { province: 'ha-noi', ward: 'ha-dong' };

describe('shareURL', () => {
  it('adds the sharer’s province and ward to a page, and drops the #fragment', () => {
    expect(shareURL(`${HOME}/chien-dich/thang-hanh-dong-phong-chong-ma-tuy/#doan-3`, haDong)).toBe(
      `${HOME}/chien-dich/thang-hanh-dong-phong-chong-ma-tuy/?tinh=ha-noi&phuong=ha-dong`,
    );
    expect(shareURL(`${HOME}/`, { province: 'cao-bang', ward: null })).toBe(`${HOME}/?tinh=cao-bang`);
  });
  it('shares the page alone when the resident follows nowhere', () => {
    expect(shareURL(`${HOME}/bai-viet/x/`, null)).toBe(`${HOME}/bai-viet/x/`);
  });
  it('keeps a link’s own locality, and adds none where tinh is a filter', () => {
    expect(shareURL(`${HOME}/lich/?tinh=cao-bang`, haDong)).toBe(`${HOME}/lich/?tinh=cao-bang`);
    expect(shareURL(`${HOME}/mo-hinh/`, haDong)).toBe(`${HOME}/mo-hinh/`);
    expect(shareURL(`${HOME}/mo-hinh/cong-an-phuong-kieu-mau/`, haDong)).toBe(`${HOME}/mo-hinh/cong-an-phuong-kieu-mau/`);
    expect(shareURL(`${HOME}/so-lieu/?chu-de=ma-tuy`, haDong)).toBe(`${HOME}/so-lieu/?chu-de=ma-tuy`);
    expect(shareURL(`${HOME}/cai-dat/`, haDong)).toBe(`${HOME}/cai-dat/`);
  });
  it('keeps other parameters (a search) as they are', () => {
    expect(shareURL(`${HOME}/tim-kiem/?q=ma%20t%C3%BAy`, null)).toBe(`${HOME}/tim-kiem/?q=ma%20t%C3%BAy`);
  });
});

describe('qrPath', () => {
  it('draws exactly the dark modules of the code, with the quiet zone', () => {
    const text = `${HOME}/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/?tinh=ha-noi&phuong=ha-dong`;
    const { size, d } = qrPath(text);
    const expected = encode(text, { ecc: 'M', border: QR_BORDER });
    expect(size).toBe(expected.size);
    const drawn = new Set<string>();
    for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
      for (let i = 0; i < Number(run); i++) drawn.add(`${Number(x) + i},${y}`);
    }
    const dark = new Set<string>();
    expected.data.forEach((row, y) => row.forEach((on, x) => on && dark.add(`${x},${y}`)));
    expect(drawn).toEqual(dark);
    // The quiet zone is light: nothing drawn in the first QR_BORDER rows.
    expect([...drawn].some((cell) => Number(cell.split(',')[1]) < QR_BORDER)).toBe(false);
  });
});
