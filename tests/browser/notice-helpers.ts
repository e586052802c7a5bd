// The key ceremony for the browser tests, run through the real CLI (in-process) into a throw-away
// folder: a test root, a ward key, the ward list; then a build of the app trusting that root.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTrust } from '../../src/notice/admin/cli.ts';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { buildApp } from './pwa-helpers.ts';

/** Runs `npm run trust -- <args>` in-process; stdout as text; throws with stderr on a non-zero exit. */
export async function trustCli(dir: string, ...args: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => void out.push(a.join(' '));
  console.error = (...a: unknown[]) => void err.push(a.join(' '));
  try {
    const code = await runTrust([...args, ...(args[0] === 'ward-key-new' ? [] : ['--dir', dir])]);
    if (code !== 0) throw new Error(`trust ${args[0]} exited ${code}: ${err.join('\n')}`);
    return out.join('\n');
  } finally {
    console.log = log;
    console.error = error;
  }
}

export interface Ceremony {
  tmp: string;
  trustDir: string;
  dist: string;
  rootFile: string;
  wardFile: string;
  wardKid: string;
  build(): Promise<void>;
  dispose(): Promise<void>;
}

/** Root + ward key for commune 00004 (Phường Ba Đình, Hà Nội), added to the list; not built yet. */
export async function ceremony(): Promise<Ceremony> {
  const tmp = await mkdtemp(join(tmpdir(), 'antq-notices-'));
  const trustDir = join(tmp, 'trust');
  await mkdir(trustDir);
  const rootFile = join(tmp, 'root.jwk');
  const wardFile = join(tmp, 'ward.jwk');
  await trustCli(trustDir, 'root-new', '--out', rootFile);
  const wardPublic = await trustCli(trustDir, 'ward-key-new', '--out', wardFile);
  await trustCli(trustDir, 'ward-add', '--ward', '00004', '--unit', 'Công an phường Ba Đình', '--key', wardPublic, '--commune', 'Phường Ba Đình', '--province', 'Thành phố Hà Nội');
  const dist = join(tmp, 'dist');
  return {
    tmp,
    trustDir,
    dist,
    rootFile,
    wardFile,
    wardKid: (JSON.parse(wardPublic) as { kid: string }).kid,
    build: () => buildApp(dist, { ANTQ_TRUST_DIR: trustDir, ANTQ_ROOT_KEY_FILE: rootFile }),
    dispose: () => rm(tmp, { recursive: true, force: true }),
  };
}

/** A notice link signed with the ward key through the CLI. */
export function signedLink(c: Ceremony, origin: string, extra: string[] = []): Promise<string> {
  return trustCli(c.trustDir, 'notice-sign', '--key', c.wardFile, '--ward', '00004', '--origin', origin, '--kind', 'canh-bao', '--title', 'Cảnh báo giả danh công an gọi điện', '--text', 'Công an không gọi điện yêu cầu chuyển tiền hay cài ứng dụng. Gặp cuộc gọi như vậy, hãy tắt máy và báo công an phường.', '--tel', '0243823456', ...extra).then((s) => s.trim());
}

/** Renders the QR code SVG at `selector` onto a canvas in the page and decodes its pixels with jsQR (an independent decoder). */
export async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  await page.locator(selector).waitFor();
  const { width, pixels } = await page.evaluate(async (sel) => {
    const svg = document.querySelector(sel) as SVGSVGElement;
    const modules = svg.viewBox.baseVal.width;
    const width = modules * 4;
    const image = new Image();
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = width;
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(image, 0, 0, width, width);
    URL.revokeObjectURL(url);
    return { width, pixels: Array.from(ctx.getImageData(0, 0, width, width).data) };
  }, selector);
  return jsQR(Uint8ClampedArray.from(pixels), width, width)?.data;
}
