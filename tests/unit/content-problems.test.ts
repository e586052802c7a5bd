// Each kind of bad content gives its own line, `file › entry › field: what`, and every problem is reported at once.
import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/compile/content-error.ts';
import { loadSeeds } from '../../src/content/compile/load-seeds.ts';
import { SEEDS_DIR, problemsAfter } from './content-fixtures.ts';

const S000 = '000_0e242ab13600dc40.txt';
const MA_TUY_DAY = 'seeds/campaigns.json › ngay-toan-dan-phong-chong-ma-tuy';
const ARTICLE_000 = 'seeds/articles.json › hon-1000-nguoi-di-cai-nghien-bat-buoc';
const FIGURE_0 = 'seeds/figures.json › ha-noi-2022-vu-an-mua-ban-nguoi';
const MODEL_0 = 'seeds/models.json › cong-an-phuong-dien-hinh-kieu-mau-ha-noi';

describe('bad content', () => {
  it('a missing field', () => {
    expect(problemsAfter((c) => delete c.campaigns[0]!.name)).toEqual([`${MA_TUY_DAY} › name: missing (expected string)`]);
  });

  it('a month outside 1–12', () => {
    expect(problemsAfter((c) => (c.campaigns[0]!.recurrence.month = 13))).toEqual([`${MA_TUY_DAY} › recurrence.month: expected 1–12, got 13`]);
  });

  it('an impossible calendar date', () => {
    expect(problemsAfter((c) => (c.articles[0]!.date = '2018-06-31'))).toEqual([`${ARTICLE_000} › date: impossible date, got "2018-06-31"`]);
  });

  it('an impossible yearly day', () => {
    expect(problemsAfter((c) => (c.campaigns[0]!.recurrence.day = 31))).toEqual([
      `${MA_TUY_DAY} › recurrence.day: impossible date 31/6 (month 6 has 30 days)`,
    ]);
  });

  it('a one-off period that ends before it starts', () => {
    const id = 'cao-diem-phong-chong-mua-ban-nguoi-2025';
    expect(problemsAfter((c) => (c.campaigns.find((x) => x.id === id)!.recurrence.end = '2025-06-30'))).toEqual([
      `seeds/campaigns.json › ${id} › recurrence.end: 2025-06-30 is before the start 2025-07-01`,
    ]);
  });

  it('an unknown topic', () => {
    expect(problemsAfter((c) => (c.campaigns[0]!.topic = 'giao-thong'))).toEqual([
      `${MA_TUY_DAY} › topic: expected one of ma-tuy, mua-ban-nguoi, antq, pccc, hiv-aids, toi-pham, te-nan-xa-hoi, got "giao-thong"`,
    ]);
  });

  it('an unknown province, and an unknown ward', () => {
    expect(problemsAfter((c) => (c.models[0]!.locality.province = 'ha-tay'))).toEqual([`${MODEL_0} › locality.province: unknown province "ha-tay"`]);
    expect(problemsAfter((c) => (c.models[0]!.locality.ward = 'ha-tay'))).toEqual([`${MODEL_0} › locality.ward: unknown ward "ha-tay" in ha-noi`]);
  });

  it('a source paragraph that does not exist', () => {
    expect(problemsAfter((c) => (c.figures[0]!.sources[0].para = 99))).toEqual([
      `${FIGURE_0} › sources.0.para: paragraph 99 does not exist (${S000} has 20)`,
    ]);
  });

  it('a fact id that is not in facts.json', () => {
    expect(problemsAfter((c) => (c.hotlines[0]!.sources[0].fact = 'F-NOPE'))).toEqual([
      'seeds/hotlines.json › canh-sat-113 › sources.0.fact: unknown fact F-NOPE (not in facts.json)',
    ]);
  });

  it('a source that is neither a seed paragraph nor a fact', () => {
    expect(problemsAfter((c) => (c.hotlines[0]!.sources[0] = { url: 'https://example.org' }))).toEqual([
      'seeds/hotlines.json › canh-sat-113 › sources.0: expected {seed, para} or {fact}, got {"url":"https://example.org"}',
    ]);
  });

  it('a duplicate id', () => {
    expect(problemsAfter((c) => (c.models[1]!.id = c.models[0]!.id))).toEqual([
      `${MODEL_0} › id: duplicate id (entry #1 repeats entry #0)`,
    ]);
  });

  it('text that is not NFC', () => {
    expect(problemsAfter((c) => (c.guidance[0]!.title = 'Tự phòng'.normalize('NFD')))).toEqual([
      'seeds/guidance.json › tu-phong-tu-quan-tu-bao-ve-tu-hoa-giai › title: text not NFC (normalise it to Unicode NFC)',
    ]);
  });

  it('a link that is not http(s), tel or sms', () => {
    expect(problemsAfter((c) => (c.guidance[1]!.links[0].href = 'javascript:alert(1)'))).toEqual([
      'seeds/guidance.json › bao-tin-toi-pham › links.0.href: expected an http(s), tel or sms link, got "javascript:alert(1)"',
    ]);
  });

  it('an article body or heading outside its seed', () => {
    expect(problemsAfter((c) => (c.articles[0]!.body.to = 40))).toEqual([`${ARTICLE_000} › body.to: paragraph 40 does not exist (${S000} has 20)`]);
    expect(problemsAfter((c) => (c.articles[0]!.headings = [1]))).toEqual([`${ARTICLE_000} › headings.0: paragraph 1 is outside the body (2–20)`]);
  });

  it('a reference to an article that does not exist', () => {
    expect(problemsAfter((c) => (c.campaigns[0]!.articles = ['khong-co']))).toEqual([`${MA_TUY_DAY} › articles.0: unknown article "khong-co"`]);
  });

  it('a figure whose number is not in the paragraph it cites', () => {
    expect(problemsAfter((c) => (c.figures[0]!.value = 7))).toEqual([`${FIGURE_0} › value: 7 does not appear in the cited seed paragraphs`]);
  });

  it('an old place name that points at two provinces', () => {
    const quangNam = { name: 'Quảng Nam', kind: 'oldName', sources: [{ fact: 'F-NQ202' }] };
    expect(problemsAfter((c) => c.provinces.find((p) => p.id === 'hue')!.aliases.push(quangNam))).toEqual([
      'seeds/provinces.json › da-nang › aliases.0.name: "Quảng Nam" is also an alias of hue',
    ]);
  });

  it('a figure placed in another province than its article', () => {
    expect(problemsAfter((c) => (c.figures[0]!.province = 'cao-bang'))).toEqual([
      `${FIGURE_0} › province: "cao-bang" differs from its article's province "ha-noi"`,
    ]);
  });

  it('a hotline whose link calls another number', () => {
    expect(problemsAfter((c) => (c.hotlines[0]!.link.href = 'tel:114'))).toEqual([
      'seeds/hotlines.json › canh-sat-113 › link.href: expected "tel:113" for number 113, got "tel:114"',
    ]);
  });

  it('a misspelt optional field', () => {
    expect(problemsAfter((c) => (c.campaigns[0]!.caveats = 'x'))).toEqual([`${MA_TUY_DAY} › caveats: unknown field`]);
  });

  it('an entry without a usable id is named by its index', () => {
    expect(problemsAfter((c) => (c.hotlines[4]!.id = ''))).toEqual(['seeds/hotlines.json › #4 › id: expected a slug: a-z, 0-9 and single dashes, got ""']);
  });

  it('a missing collection file', () => {
    const problems = problemsAfter((c) => delete (c as Partial<typeof c>).guidance);
    expect(problems).toEqual(['seeds/guidance.json: file missing']);
  });

  it('reports every problem at once, one line each', () => {
    const problems = problemsAfter((c) => {
      c.campaigns[0]!.recurrence.month = 13;
      c.articles[0]!.date = '2023-02-30';
      c.models[0]!.locality.province = 'ha-tay';
      c.figures[0]!.sources[0].para = 99;
      delete c.hotlines[0]!.name;
    });
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        `${MA_TUY_DAY} › recurrence.month: expected 1–12, got 13`,
        `${ARTICLE_000} › date: impossible date, got "2023-02-30"`,
        `${MODEL_0} › locality.province: unknown province "ha-tay"`,
        `${FIGURE_0} › sources.0.para: paragraph 99 does not exist (${S000} has 20)`,
        'seeds/hotlines.json › canh-sat-113 › name: missing (expected string)',
      ]),
    );
  });

  it('a seed file that is not JSON fails the load, with its name', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'antq-')), 'seeds');
    await cp(SEEDS_DIR, dir, { recursive: true });
    await writeFile(join(dir, 'models.json'), '[{"id": ');
    const error = await loadSeeds(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([expect.stringMatching(/^seeds\/models\.json: invalid JSON: /)]);
  });
});
