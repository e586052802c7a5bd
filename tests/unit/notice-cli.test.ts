// `npm run trust`: the key ceremony as an administrator types it, in a throw-away trust folder
// (ANTQ_TRUST_DIR), with keys written to a temporary directory and deleted afterwards.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runTrust } from '../../src/notice/admin/cli.ts';
import { checkTrustFile } from '../../src/notice/trust-list.ts';
import { compileTrust } from '../../src/notice/admin/compile-trust.ts';
import { readTrustSeeds } from '../../src/notice/admin/trust-dir.ts';
import { verifyNotice } from '../../src/notice/verify.ts';
import { tokenOf } from '../../src/notice/format.ts';

let tmp: string;
let dir: string;
/** The CLI in-process (console captured); one test below runs it through npm as typed. */
async function trust(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  process.env['ANTQ_TRUST_DIR'] = dir;
  try {
    return { code: await runTrust(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    delete process.env['ANTQ_TRUST_DIR'];
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'antq-cli-'));
  dir = join(tmp, 'trust');
  await import('node:fs/promises').then((fs) => fs.mkdir(dir));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('npm run trust', () => {
  it('root → ward key → ward-add → list-sign → notice-sign gives a link that verifies; revoke shows revoked', { timeout: 30_000 }, async () => {
    expect((await trust('root-new', '--out', join(tmp, 'root.jwk'))).code).toBe(0);
    const ward = (await trust('ward-key-new', '--out', join(tmp, 'ward.jwk')));
    expect(ward.code).toBe(0);
    expect(ward.out).not.toMatch(/"d"/);
    const add = (await trust('ward-add', '--ward', '00004', '--unit', 'Công an phường Ba Đình', '--key', ward.out.trim(), '--commune', 'Phường Ba Đình', '--province', 'Thành phố Hà Nội'));
    expect(add.code, add.err).toBe(0);
    expect((await trust('list-sign', '--root', join(tmp, 'root.jwk'))).code).toBe(0);
    const sign = (await trust('notice-sign', '--key', join(tmp, 'ward.jwk'), '--ward', '00004', '--kind', 'lien-he', '--title', 'Lịch tiếp dân', '--text', 'Thứ Hai đến thứ Sáu, 8:00–11:00.', '--tel', '024 3823 4567', '--origin', 'https://antq.example'));
    expect(sign.code, sign.err).toBe(0);
    const link = sign.out.trim();
    expect(link).toMatch(/^https:\/\/antq\.example\/tin\/#[A-Za-z0-9_-]+$/);

    const roots = (await readTrustSeeds(dir)).roots;
    expect(roots[0]?.production).toBe(false);
    const built = await compileTrust(dir, undefined);
    const check = await checkTrustFile(built, roots);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const verdict = await verifyNotice(tokenOf(link), check.trusted);
    expect(verdict.state).toBe('verified');
    if (verdict.state === 'verified') expect(verdict.body.tel).toBe('02438234567');

    const kid = JSON.parse(ward.out).kid as string;
    expect((await trust('ward-revoke', '--kid', kid)).code).toBe(0);
    await expect(compileTrust(dir, undefined)).rejects.toThrow(/changed since it was signed/);
    const resigned = await checkTrustFile(await compileTrust(dir, join(tmp, 'root.jwk')), roots);
    expect(resigned.ok && (await verifyNotice(tokenOf(link), resigned.trusted)).state).toBe('revoked');
    // No private key material in the trust folder.
    for (const f of ['roots.json', 'wards.json', 'wards.sig.json']) expect(await readFile(join(dir, f), 'utf8')).not.toMatch(/"d"\s*:/);
  });

  it('every command has --help; bad input gets a clear error and exit code 2', async () => {
    // Once through npm, exactly as an administrator types it.
    const npm = spawnSync('npm', ['run', '-s', 'trust', '--', 'ward-revoke', '--help'], { encoding: 'utf8', timeout: 30_000 });
    expect(npm.stdout).toContain('npm run trust -- ward-revoke --kid KID');
    for (const command of ['root-new', 'ward-key-new', 'ward-add', 'ward-revoke', 'list-sign', 'notice-sign']) {
      const help = await trust(command, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toContain(`npm run trust -- ${command}`);
    }
    expect((await trust('nonsense')).code).toBe(2);
    expect((await trust('ward-add', '--ward', '12', '--unit', 'x', '--key', '{}'))).toMatchObject({ code: 2, err: expect.stringMatching(/--ward: expected the 5-digit/) });
    expect((await trust('ward-add', '--ward', '00004', '--unit', 'x', '--key', join(tmp, 'ward.jwk')))).toMatchObject({ code: 2, err: expect.stringMatching(/PRIVATE key/) });
    expect((await trust('notice-sign', '--key', join(tmp, 'ward.jwk'), '--ward', '00004', '--kind', 'tin-don', '--title', 't', '--text', 't'))).toMatchObject({ code: 2, err: expect.stringMatching(/--kind: one of/) });
    expect((await trust('notice-sign', '--key', join(tmp, 'ward.jwk'), '--ward', '00004', '--kind', 'thong-bao', '--title', 't', '--text', 't', '--valid-days', '365'))).toMatchObject({ code: 2, err: expect.stringMatching(/180/) });
    expect((await trust('root-new', '--out', join(tmp, 'root.jwk')))).toMatchObject({ code: 1, err: expect.stringMatching(/already exists/) });
    expect((await trust('list-sign', '--bogus'))).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown option '--bogus'/) });
  }, 30_000);
});
