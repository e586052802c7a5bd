// The real seeds: they compile cleanly, hold what we expect, and articles quote their seed verbatim.
// Whether each claim is faithful to its source is a human review; here only the mechanical part is checked.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { SEEDS_DIR, seedInput } from './content-fixtures.ts';

const compiled = compileContent(seedInput);
const { national, models } = compiled;
const nonBlankLines = (file: string) => readFileSync(join(SEEDS_DIR, file), 'utf8').split('\n').filter((l) => l.trim() !== '');

describe('the real seeds', () => {
  it('compile with no problems, with the expected counts', () => {
    const counts = Object.fromEntries(Object.entries(national).map(([name, items]) => [name, items.length]));
    expect({ ...counts, models: models.length }).toEqual({
      articles: 5,
      figures: 47,
      campaigns: 12,
      hotlines: 5,
      provinces: 34,
      guidance: 4,
      facts: 24,
      models: 5,
    });
  });

  it('give one article per seed document, its paragraphs copied verbatim', () => {
    const seeds = Object.keys(seedInput.texts).sort();
    expect(national.articles.map((a) => a.seed).sort()).toEqual(seeds);
    for (const article of national.articles) {
      const lines = nonBlankLines(article.seed);
      expect(article.paragraphs.length).toBe(article.body.to - article.body.from + 1);
      for (const p of article.paragraphs) expect(p.text).toBe(lines[p.n - 1]);
      expect(article.paragraphs.filter((p) => p.heading).map((p) => p.n)).toEqual(article.headings ?? []);
    }
  });

  it('mark the short sub-heading lines as headings', () => {
    const headings = national.articles.flatMap((a) => a.paragraphs.filter((p) => p.heading).map((p) => p.text));
    expect(headings).toEqual(
      expect.arrayContaining([
        'Xác định rõ trách nhiệm của người đứng đầu',
        'Bảo đảm an ninh chính trị, trật tự an toàn xã hội',
        'Huy động được cả hệ thống chính trị vào cuộc',
      ]),
    );
  });

  it('keep the source headline without the file\'s "date" prefix, and give editorial titles where there is none', () => {
    const bySeed = new Map(national.articles.map((a) => [a.seed.slice(0, 3), a]));
    expect(bySeed.get('000')).toMatchObject({ title: 'Hơn 1.000 người đi cai nghiện bắt buộc', titleFrom: 'source', date: '2023-03' });
    expect(bySeed.get('001')).toMatchObject({ titleFrom: 'source', date: '2023-03-21', province: 'ha-noi' });
    expect(bySeed.get('002')).toMatchObject({ titleFrom: 'editorial', date: '2023-07-21', province: 'cao-bang' });
    expect(bySeed.get('003')).toMatchObject({ titleFrom: 'editorial', date: '2018', province: 'ha-noi' });
    expect(bySeed.get('004')).toMatchObject({ titleFrom: 'source', date: '2022-01-21', province: 'thai-nguyen' });
  });

  it('keep the impossible "31/6/2018" as the source writes it, never as a date', () => {
    const figure = national.figures.find((f) => f.period.label.includes('31/6/2018'));
    expect(figure).toMatchObject({ value: 1511, period: { from: '2015', to: '2018-06' } });
    expect(figure?.note).toContain('31/6');
  });

  it('list the 34 provinces of Nghị quyết 202/2025/QH15: its six cities, and Đồng Nai a city as the 2026 list says (F-DVHC-LIST)', () => {
    expect(new Set(national.provinces.map((p) => p.id)).size).toBe(34);
    expect(national.provinces.filter((p) => p.kind === 'thanh-pho').map((p) => p.id).sort()).toEqual(
      ['can-tho', 'da-nang', 'dong-nai', 'ha-noi', 'hai-phong', 'ho-chi-minh', 'hue'],
    );
    const dongNai = national.provinces.find((p) => p.id === 'dong-nai')!;
    expect(dongNai.sources).toContainEqual({ fact: 'F-DVHC-LIST' });
  });

  it('keep old names apart from spellings: the six cities’ own names are never old names', () => {
    const oldNames = national.provinces.flatMap((p) => p.aliases.filter((a) => a.kind === 'oldName').map((a) => a.name));
    for (const name of ['TP.HCM', 'TP HCM', 'Thành phố Hồ Chí Minh', 'TP. Hà Nội', 'TP. Huế', 'Hồ Chí Minh', 'Hà Nội']) expect(oldNames).not.toContain(name);
    expect(oldNames).toEqual(expect.arrayContaining(['Bắc Giang', 'Bình Dương', 'Hải Dương', 'quận Hà Đông']));
    // Every old name cites the register; "Thừa Thiên Huế" is true but not in it, so it is not claimed.
    expect(national.provinces.flatMap((p) => p.aliases.map((a) => a.name))).not.toContain('Thừa Thiên Huế');
  });

  it('map quận Hà Đông to all the wards it became (F-HADONG), never to one', () => {
    const haNoi = national.provinces.find((p) => p.id === 'ha-noi');
    expect(haNoi?.aliases.find((a) => a.name === 'quận Hà Đông')).toEqual({
      name: 'quận Hà Đông',
      kind: 'oldName',
      wards: ['ha-dong', 'duong-noi', 'yen-nghia', 'phu-luong', 'kien-hung'],
      partly: ['chuong-my'],
      sources: [{ fact: 'F-HADONG' }],
    });
    expect(haNoi?.wards.flatMap((w) => w.aliases)).toEqual([]);
  });

  // The facts register lives beside the repository (../shared/docs); skipped where it is not checked out.
  const register = resolve(SEEDS_DIR, '../../shared/docs/facts.md');
  it.skipIf(!existsSync(register))('copy every entry of the facts register into facts.json', () => {
    // "F-SEED-<its three-digit prefix>" in the register is a pattern, not an id.
    const ids = new Set(readFileSync(register, 'utf8').match(/\bF-[A-Z0-9]+(?:-[A-Z0-9]+)*\b(?!-<)/g));
    expect([...ids].filter((id) => !national.facts.some((f) => f.id === id))).toEqual([]);
  });

  it('give every hotline a tel: link to its own number', () => {
    expect(national.hotlines.map((h) => h.number).sort()).toEqual(['111', '112', '113', '114', '115']);
    for (const h of national.hotlines) expect(h.link.href).toBe(`tel:${h.number}`);
  });

  it('put the Hà Đông 2023 pilot in the old district, not in one ward', () => {
    const pilot = models.find((m) => m.id === 'diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023');
    expect(pilot?.locality).toEqual({ province: 'ha-noi', oldName: 'quận Hà Đông', asInSource: 'quận Hà Đông' });
  });

  it('give every yearly campaign the year it started, from its legal basis', () => {
    const since = Object.fromEntries(national.campaigns.flatMap((c) => (c.recurrence.kind === 'once' ? [] : [[c.id, c.recurrence.since]])));
    expect(since).toEqual({
      'ngay-toan-dan-phong-chong-ma-tuy': 2001,
      'thang-hanh-dong-phong-chong-ma-tuy': 2001,
      'ngay-toan-dan-phong-chong-mua-ban-nguoi': 2016,
      'ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc': 2005,
      'ngay-toan-dan-phong-chay-chua-chay': 1996,
      'thang-hanh-dong-quoc-gia-phong-chong-hiv-aids': 2008,
      'ngay-the-gioi-phong-chong-aids': 2008,
    });
  });

  it('date the Cao Bằng action year only by its launch, 21/7/2023, and invent no start or end', () => {
    const plan = national.campaigns.find((c) => c.id === 'nam-hanh-dong-phong-chong-mua-ban-nguoi-cao-bang-2023-2024');
    expect(plan?.recurrence).toEqual({ kind: 'once', start: '2023-07-21', end: '2023-07-21' });
    expect(plan?.whenNote).toContain('không nêu ngày bắt đầu, ngày kết thúc');
  });

  it('follow F-REPORT in every reporting line: VNeID level 2, the ward police’s Zalo', () => {
    const lines = [...national.campaigns.flatMap((c) => c.actions), ...national.guidance.flatMap((g) => [...g.paragraphs, ...(g.steps ?? [])])];
    for (const line of lines.filter((l) => l.includes('VNeID'))) expect(line).toContain('mức 2');
    expect(lines.filter((l) => l.includes('Zalo')).length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.includes('công an phường, xã'))).toEqual([]);
  });

  it('keep the Cao Bằng "8 new, 38 maintained" as figures, not as a model', () => {
    expect(models.map((m) => m.id)).not.toContain('mo-hinh-antt-khu-dan-cu-cao-bang');
    expect(national.figures.filter((f) => f.id.startsWith('cao-bang-2023-mo-hinh')).map((f) => f.value)).toEqual([8, 38]);
  });

  it('label the motto’s four parts as our explanation, citing the motto’s paragraph in seed 000', () => {
    const motto = national.guidance.find((g) => g.id === 'tu-phong-tu-quan-tu-bao-ve-tu-hoa-giai');
    expect(motto?.paragraphs.join(' ')).toContain('không phải định nghĩa chính thức');
    expect(motto?.sources).toContainEqual({ seed: '000_0e242ab13600dc40.txt', para: 10 });
  });

  it('tag no administrative-unit or traffic figure as ANTQ', () => {
    const untagged = ['thai-nguyen-2021-tieu-chi-tai-nan-giao-thong-giam', 'don-vi-hanh-chinh-cap-tinh-2025', 'don-vi-hanh-chinh-cap-xa-2025', 'xa-2025', 'phuong-2025', 'dac-khu-2025'];
    for (const id of untagged) expect(national.figures.find((f) => f.id === id)?.topics).toEqual([]);
  });

  it('say who did what in the summaries, as the sources do', () => {
    const summary = (id: string) => national.articles.find((a) => a.id === id)?.summary;
    expect(summary('hon-1000-nguoi-di-cai-nghien-bat-buoc')).toContain('lực lượng chức năng triệt phá 137 ổ mại dâm');
    expect(summary('ha-noi-10-nam-thuc-hien-chi-thi-21-ct-tw')).toContain('Trong 10 năm qua, các cơ sở cai nghiện');
    expect(national.figures.find((f) => f.id === 'cao-bang-2023-to-chuc-bat-hop-phap')?.label).toContain('bị đấu tranh xóa bỏ hoạt động');
  });

  it('note the 2024 fire law beside the 2001 one', () => {
    const fire = national.campaigns.find((c) => c.id === 'ngay-toan-dan-phong-chay-chua-chay');
    expect(fire?.legalBasis.join(' ')).toContain('từ ngày 1/7/2025 có hiệu lực luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024');
  });

  it('never call 18001567 an anti-trafficking number', () => {
    const texts = JSON.stringify([national.hotlines, national.guidance, national.campaigns]);
    expect(texts).not.toContain('18001567');
  });
});
