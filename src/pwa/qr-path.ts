import { encode } from 'uqr';

/** Quiet zone around the code, in modules: 4 is what the QR standard asks for printed codes. */
export const QR_BORDER = 4;

/**
 * A QR code as one SVG path in module units, and its side in modules. Each horizontal run of dark
 * modules is one rectangle: a smaller path, and no hairline seams between neighbours when scaled.
 */
export function qrPath(text: string, ecc: 'L' | 'M' = 'M'): { size: number; d: string; version: number } {
  const { size, data, version } = encode(text, { ecc, border: QR_BORDER });
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return { size, d, version };
}
