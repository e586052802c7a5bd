// Run once, by hand, when the brand or the topics change: draws the app icons and the Open Graph
// share images in headless Chromium and writes them to public/ (the PNGs are committed).
//   npx tsx src/pwa/build/make-images.ts
import { chromium } from 'playwright-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { TOPICS, type Topic } from '../../content/schema.ts';

const RED = '#a50e0e';
const GOLD = '#ffd400';
const TOPIC_TITLES: Record<Topic | 'default', string> = {
  'ma-tuy': 'Phòng, chống ma túy',
  'mua-ban-nguoi': 'Phòng, chống mua bán người',
  antq: 'Bảo vệ an ninh Tổ quốc',
  pccc: 'Phòng cháy, chữa cháy',
  'hiv-aids': 'Phòng, chống HIV/AIDS',
  'toi-pham': 'Phòng, chống tội phạm',
  'te-nan-xa-hoi': 'Phòng, chống tệ nạn xã hội',
  default: 'Chiến dịch, mô hình, số liệu — dùng cả khi mất mạng',
};
const TOPIC_COLOURS: Record<Topic | 'default', string> = {
  'ma-tuy': '#5b2a86',
  'mua-ban-nguoi': '#0b5563',
  antq: RED,
  pccc: '#b4410e',
  'hiv-aids': '#9b1c4a',
  'toi-pham': '#1d3557',
  'te-nan-xa-hoi': '#2f5d1f',
  default: RED,
};

const shield = (body: string, star: string) =>
  `<path fill="${body}" d="M32 3 8 12v18c0 15 10 26 24 31 14-5 24-16 24-31V12z"/><path fill="${star}" d="m32 17 4.1 10.8 11.5.5-9 7.2 3.1 11.1L32 40.3l-9.7 6.3 3.1-11.1-9-7.2 11.5-.5z"/>`;

function page(width: number, height: number, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;width:${width}px;height:${height}px;overflow:hidden;background:transparent}
    body{font-family:'Noto Sans',sans-serif}
  </style></head><body>${body}</body></html>`;
}

/** An icon: the shield on `background` (transparent for "any"), scaled to `scale` of the side. */
function icon(size: number, background: string | null, scale: number, colours: [string, string]): string {
  const bg = background ? `<rect width="64" height="64" fill="${background}"/>` : '';
  const inset = (64 - 64 * scale) / 2;
  return page(
    size,
    size,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">${bg}<g transform="translate(${inset} ${inset}) scale(${scale})">${shield(...colours)}</g></svg>`,
  );
}

function shareImage(topic: Topic | 'default'): string {
  const colour = TOPIC_COLOURS[topic];
  return page(
    1200,
    630,
    `<div style="display:flex;width:1200px;height:630px;background:${colour};color:#fff">
      <div style="width:360px;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.18)">
        <svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 64 64">${shield('#fff', topic === 'default' ? RED : colour)}</svg>
      </div>
      <div style="flex:1;display:flex;flex-direction:column;justify-content:center;padding:0 64px">
        <div style="font-size:34px;font-weight:700;color:${GOLD};letter-spacing:.5px">TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC</div>
        <div style="font-size:64px;font-weight:700;line-height:1.15;margin-top:28px">${TOPIC_TITLES[topic]}</div>
      </div>
    </div>`,
  );
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
async function shoot(html: string, width: number, height: number, file: string, transparent: boolean): Promise<void> {
  const tab = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await tab.setContent(html);
  await writeFile(file, await tab.screenshot({ omitBackground: transparent, type: 'png' }));
  await tab.close();
  console.log(file, (await readFile(file)).length, 'bytes');
}

await mkdir('public/icons', { recursive: true });
await mkdir('public/og', { recursive: true });
await shoot(icon(192, null, 1, [RED, GOLD]), 192, 192, 'public/icons/icon-192.png', true);
await shoot(icon(512, null, 1, [RED, GOLD]), 512, 512, 'public/icons/icon-512.png', true);
// Maskable: full bleed, the shield inside the central safe circle (80% of the side).
await shoot(icon(512, RED, 0.62, [GOLD, RED]), 512, 512, 'public/icons/icon-maskable-512.png', false);
// iOS fills transparency with black: an opaque white tile.
await shoot(icon(180, '#ffffff', 0.8, [RED, GOLD]), 180, 180, 'public/apple-touch-icon.png', false);
for (const topic of [...TOPICS, 'default'] as const) {
  await shoot(shareImage(topic), 1200, 630, `public/og/${topic}.png`, false);
}
await browser.close();
