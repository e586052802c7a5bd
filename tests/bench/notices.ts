// Notices: verification time on the phone profile (Chromium, CPU ×4), and the link length and QR
// version of a 300-character notice. The notice is synthetic, made here; keys are made in the page.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { encode } from 'uqr';
import { startStaticServer } from '../../src/server/static-server.ts';
import { DEFAULT_SITE_ORIGIN } from '../../src/pwa/build/site-origin.ts';
import { MAX_LINK_CHARS, noticeLink, type NoticeBody } from '../../src/notice/format.ts';
import type { Row } from './report.ts';

const RUNS = 200;
const WARDS = 3321;
const BUDGET_MS = 50;

/** A 300-character text (Vietnamese, as officers write), with a title, place and phone. */
export function notice300(now = Date.now()): NoticeBody {
  const sentence = 'Công an phường thông báo: đối tượng giả danh cán bộ gọi điện yêu cầu chuyển tiền để “xác minh tài khoản”. Người dân không chuyển tiền, không cài ứng dụng lạ, báo ngay cho công an phường. ';
  const text = sentence.repeat(3).slice(0, 300).trim();
  const i = Math.floor(now / 1000);
  return { w: '00004', n: 1, i, e: i + 30 * 86_400, k: 'canh-bao', t: 'Cảnh báo giả danh công an gọi điện đòi chuyển tiền', x: text, p: 'Trụ sở Công an phường, 1 phố Đội Cấn', tel: '0243823456' };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]!;

export async function noticeBench(browser: Browser): Promise<Row[]> {
  const site = await mkdtemp(join(tmpdir(), 'antq-notice-bench-'));
  await build({ entryPoints: ['tests/bench/page/notice-bench.ts'], bundle: true, format: 'esm', target: 'es2022', minify: true, outdir: join(site, '__bench'), logLevel: 'error' });
  await writeFile(join(site, '__bench', 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/__bench/notice-bench.js"></script>');
  const server = await startStaticServer(site, 0);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(server.url + '/__bench/');
    await page.waitForFunction(() => document.title === 'bench ready', null, { timeout: 60_000 });
    const body = notice300();
    const token = await page.evaluate(([b, n]) => (globalThis as any).bench.setup(b, n), [body, WARDS] as const);
    // The phone profile: CPU slowed ×4, as Lighthouse's mobile preset does.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const times: number[] = await page.evaluate((n) => (globalThis as any).bench.verify(n), RUNS);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const first = times[0]!;
    const sorted = times.slice(1).sort((a, b) => a - b);
    const link = noticeLink(DEFAULT_SITE_ORIGIN, token);
    const qrL = encode(link, { ecc: 'L' });
    const qrM = encode(link, { ecc: 'M' });
    const section = 'notices (CPU ×4)';
    const chars = body.t.length + body.x.length + (body.p?.length ?? 0);
    return [
      { section, figure: 'verify p95 (signature, inflate, zod, checks)', value: percentile(sorted, 0.95), unit: 'ms', budget: { max: BUDGET_MS }, note: `median ${percentile(sorted, 0.5).toFixed(2)} ms over ${RUNS - 1} runs; list of ${WARDS} ward keys` },
      { section, figure: 'verify, first (imports the key)', value: first, unit: 'ms', budget: { max: BUDGET_MS } },
      { section: 'notices', figure: 'link length, 300-character notice', value: link.length, unit: 'chars', budget: { max: MAX_LINK_CHARS }, note: `text ${body.x.length} + title ${body.t.length} + place ${body.p?.length ?? 0} = ${chars} characters of Vietnamese, phone, dates; origin ${DEFAULT_SITE_ORIGIN}` },
      { section: 'notices', figure: 'QR version of that link, ECC L (the poster)', value: qrL.version, note: `${qrL.size - 8} modules a side; ECC M would be version ${qrM.version}; at 12 cm on A5 a module is ${(120 / (qrL.size)).toFixed(2)} mm` },
    ];
  } finally {
    await context.close();
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
}
