// The compiler rules that keep a class of untrue content out (issue 12): each test breaks the real
// seeds the way the old content was broken and expects the one problem line that names it.
import { describe, expect, it } from 'vitest';
import { problemsAfter } from './content-fixtures.ts';

// Loosely typed on purpose, like the fixtures: the tests break entries the schema types would forbid.
const byId = (list: Record<string, any>[], id: string): Record<string, any> => list.find((x) => x.id === id)!;
const PCMBN_DAY = 'ngay-toan-dan-phong-chong-mua-ban-nguoi';
const HA_DONG_MODEL = 'diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023';

describe('a yearly recurrence has `since`', () => {
  it('is an error without it (the old 30/7, 26/6, 4/10 entries)', () => {
    expect(problemsAfter((c) => delete byId(c.campaigns, PCMBN_DAY).recurrence.since)).toEqual([
      `seeds/campaigns.json › ${PCMBN_DAY} › recurrence.since: missing (expected number)`,
    ]);
    expect(problemsAfter((c) => delete byId(c.campaigns, 'thang-hanh-dong-phong-chong-ma-tuy').recurrence.since)).toEqual([
      'seeds/campaigns.json › thang-hanh-dong-phong-chong-ma-tuy › recurrence.since: missing (expected number)',
    ]);
  });

  it('is an error when the campaign’s own text dates an occurrence before it', () => {
    expect(problemsAfter((c) => (byId(c.campaigns, PCMBN_DAY).description += ' Ngày 30/7/2010 có mít tinh.'))).toEqual([
      `seeds/campaigns.json › ${PCMBN_DAY} › description: 30/7/2010 is an occurrence before recurrence.since 2016`,
    ]);
    // A day inside a yearly period counts too; a date on another day, or from `since` on, does not.
    expect(problemsAfter((c) => byId(c.campaigns, 'thang-hanh-dong-phong-chong-ma-tuy').actions.push('Từ 15/6/2000 đến 20/6/2000.'))).toEqual([
      'seeds/campaigns.json › thang-hanh-dong-phong-chong-ma-tuy › actions.3: 15/6/2000 is an occurrence before recurrence.since 2001',
      'seeds/campaigns.json › thang-hanh-dong-phong-chong-ma-tuy › actions.3: 20/6/2000 is an occurrence before recurrence.since 2001',
    ]);
    expect(() => problemsAfter((c) => (byId(c.campaigns, PCMBN_DAY).description += ' Ngày 30/7/2016, 1/8/2010.'))).toThrow(/content compiled/);
  });

  it('needs a real year', () => {
    expect(problemsAfter((c) => (byId(c.campaigns, PCMBN_DAY).recurrence.since = 16))).toEqual([
      `seeds/campaigns.json › ${PCMBN_DAY} › recurrence.since: expected a year 1900–2100, got 16`,
    ]);
  });
});

describe('an alias is an old name (citing a fact) or a spelling', () => {
  it('rejects the old plain-string aliases', () => {
    expect(problemsAfter((c) => (byId(c.provinces, 'ho-chi-minh').aliases = ['TP.HCM']))).toEqual([
      'seeds/provinces.json › ho-chi-minh › aliases.0: expected object, got "TP.HCM"',
    ]);
  });

  it('requires an old name to cite a fact', () => {
    expect(problemsAfter((c) => byId(c.provinces, 'hue').aliases.push({ name: 'Thừa Thiên Huế', kind: 'oldName' }))).toEqual([
      'seeds/provinces.json › hue › aliases.2.sources: the old name "Thừa Thiên Huế" must cite a fact that says so (e.g. { "fact": "F-NQ202" })',
    ]);
    expect(
      problemsAfter((c) => byId(c.provinces, 'hue').aliases.push({ name: 'Thừa Thiên Huế', kind: 'oldName', sources: [{ seed: '000_0e242ab13600dc40.txt', para: 1 }] })),
    ).toEqual(['seeds/provinces.json › hue › aliases.2.sources: the old name "Thừa Thiên Huế" must cite a fact that says so (e.g. { "fact": "F-NQ202" })']);
  });

  it('lets only a province’s old name list wards, and only wards it has', () => {
    expect(problemsAfter((c) => (byId(c.provinces, 'ha-noi').aliases[0].wards = ['ha-dong']))).toEqual([
      'seeds/provinces.json › ha-noi › aliases.0.wards: a spelling names the place itself; only an oldName lists the wards it became',
    ]);
    expect(problemsAfter((c) => byId(c.provinces, 'ha-noi').aliases.find((a: { name: string }) => a.name === 'quận Hà Đông').wards.push('ha-tay'))).toEqual([
      'seeds/provinces.json › ha-noi › aliases.3.wards.5: unknown ward "ha-tay"',
    ]);
    expect(problemsAfter((c) => (byId(c.provinces, 'ha-noi').wards[0].aliases = [{ name: 'quận Hà Đông', kind: 'oldName', wards: ['ha-dong'], sources: [{ fact: 'F-HADONG' }] }]))).toEqual([
      'seeds/provinces.json › ha-noi › wards.0.aliases.0.wards: unknown field',
    ]);
  });

  it('never pins an old district’s model to one of its wards', () => {
    expect(problemsAfter((c) => (byId(c.models, HA_DONG_MODEL).locality.ward = 'ha-dong'))).toEqual([
      `seeds/models.json › ${HA_DONG_MODEL} › locality.oldName: give either a ward or an old unit, not both ("ha-dong" and "quận Hà Đông")`,
    ]);
    expect(problemsAfter((c) => (byId(c.models, HA_DONG_MODEL).locality.oldName = 'quận Hà Tây'))).toEqual([
      `seeds/models.json › ${HA_DONG_MODEL} › locality.oldName: "quận Hà Tây" is not an old name of ha-noi that lists its wards`,
    ]);
  });
});

describe('a model’s status is dated by its sources', () => {
  const MODEL = 'doi-cong-tac-xa-hoi-tinh-nguyen-ha-noi';
  it('is an error without `mentioned` (the old models), or with a date no cited source has', () => {
    expect(problemsAfter((c) => delete byId(c.models, MODEL).mentioned)).toEqual([`seeds/models.json › ${MODEL} › mentioned: missing (expected string)`]);
    expect(problemsAfter((c) => (byId(c.models, MODEL).mentioned = '2025'))).toEqual([
      `seeds/models.json › ${MODEL} › mentioned: expected "2018", the date of the newest cited source, got "2025"`,
    ]);
  });

  it('is an error when no source gives a date (a fact only)', () => {
    expect(problemsAfter((c) => (byId(c.models, MODEL).sources = [{ fact: 'F-SEED-003' }]))).toEqual([
      `seeds/models.json › ${MODEL} › sources: a model’s status needs a dated source: cite the seed paragraph that names it`,
    ]);
  });
});

describe('a figure’s period label shows its year', () => {
  it('rejects the old "6 tháng đầu năm" and "trong 10 năm qua"', () => {
    expect(problemsAfter((c) => (byId(c.figures, 'cao-bang-2023-buoi-tuyen-truyen').period.label = '6 tháng đầu năm'))).toEqual([
      'seeds/figures.json › cao-bang-2023-buoi-tuyen-truyen › period.label: "6 tháng đầu năm" does not show the year 2023 of its period',
    ]);
    expect(problemsAfter((c) => (byId(c.figures, 'ha-noi-2008-2018-luot-cai-nghien-bat-buoc').period.label = 'trong 10 năm qua'))).toEqual([
      'seeds/figures.json › ha-noi-2008-2018-luot-cai-nghien-bat-buoc › period.label: "trong 10 năm qua" does not show the year 2008 of its period',
      'seeds/figures.json › ha-noi-2008-2018-luot-cai-nghien-bat-buoc › period.label: "trong 10 năm qua" does not show the year 2018 of its period',
    ]);
  });
});

describe('"Căn cứ" lists legal documents only', () => {
  it('rejects who launched a campaign as its legal basis', () => {
    const id = 'cao-diem-phong-chong-mua-ban-nguoi-2025';
    expect(problemsAfter((c) => byId(c.campaigns, id).legalBasis.push('Đợt cao điểm do Bộ Công an phát động'))).toEqual([
      `seeds/campaigns.json › ${id} › legalBasis.0: "Đợt cao điểm do Bộ Công an phát động" is not a legal document (start with its kind: Quyết định, Luật…; who launched it goes in launchedBy)`,
    ]);
  });
});
