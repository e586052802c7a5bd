import type { ArticleSeed, Campaign, Figure, Hotline, Model, Province, Recurrence, SourceRef } from '../schema.ts';
import type { CollectionName, Entry, Report, SeedEntries } from './collections.ts';
import { checkProvinceAliases } from './check-aliases.ts';
import { shown } from './content-error.ts';
import { daysInMonth, earliestDay, latestDay } from './dates.ts';
import { mentionsNumber, vietnameseNumber } from './numbers.ts';

/** What the cross-reference checks look things up in. Ids come from the raw files, so one broken entry does not make every reference to it fail too. */
export interface Known {
  /** Paragraphs of each seed text, by file name. */
  seeds: ReadonlyMap<string, readonly string[]>;
  ids: Record<CollectionName, ReadonlySet<string>>;
  /** Ward ids per province id. */
  wards: ReadonlyMap<string, ReadonlySet<string>>;
}

type Check<T> = (entry: Entry<T>, known: Known, say: (path: string, what: string) => void) => void;

const missingPara = (seed: string, para: number, count: number) => `paragraph ${para} does not exist (${seed} has ${count})`;

function checkSources(sources: readonly SourceRef[], known: Known, say: (path: string, what: string) => void): void {
  sources.forEach((ref, i) => {
    if ('fact' in ref) {
      if (!known.ids.facts.has(ref.fact)) say(`sources.${i}.fact`, `unknown fact ${ref.fact} (not in facts.json)`);
      return;
    }
    const paragraphs = known.seeds.get(ref.seed);
    if (!paragraphs) say(`sources.${i}.seed`, `unknown seed file ${ref.seed}`);
    else if (ref.para > paragraphs.length) say(`sources.${i}.para`, missingPara(ref.seed, ref.para, paragraphs.length));
  });
}

function checkRef(collection: CollectionName, noun: string, id: string | null | undefined, path: string, known: Known, say: (path: string, what: string) => void) {
  if (id != null && !known.ids[collection].has(id)) say(path, `unknown ${noun} ${shown(id)}`);
}

const checkArticle: Check<ArticleSeed> = ({ value: a }, known, say) => {
  checkRef('provinces', 'province', a.province, 'province', known, say);
  const paragraphs = known.seeds.get(a.seed);
  if (!paragraphs) return say('seed', `unknown seed file ${a.seed}`);
  if (a.body.from > a.body.to) say('body', `from ${a.body.from} is after to ${a.body.to}`);
  for (const end of ['from', 'to'] as const) {
    if (a.body[end] > paragraphs.length) say(`body.${end}`, missingPara(a.seed, a.body[end], paragraphs.length));
  }
  a.headings?.forEach((n, i) => {
    if (n < a.body.from || n > a.body.to) say(`headings.${i}`, `paragraph ${n} is outside the body (${a.body.from}–${a.body.to})`);
  });
};

function checkFigureValue(f: Figure, known: Known, say: (path: string, what: string) => void): void {
  const cited = f.sources.flatMap((ref) => ('seed' in ref ? (known.seeds.get(ref.seed)?.[ref.para - 1] ?? []) : []));
  const seedRefs = f.sources.filter((ref) => 'seed' in ref).length;
  if (seedRefs > 0 && cited.length === seedRefs && !cited.some((text) => mentionsNumber(text, f.value))) {
    say('value', `${vietnameseNumber(f.value)} does not appear in the cited seed paragraphs`);
  }
}

const checkFigure: Check<Figure> = ({ value: f }, known, say) => {
  checkRef('articles', 'article', f.article, 'article', known, say);
  checkRef('provinces', 'province', f.province, 'province', known, say);
  if (f.period.from && f.period.to && earliestDay(f.period.from) > latestDay(f.period.to)) {
    say('period.to', `${f.period.to} is before the start ${f.period.from}`);
  }
  checkFigureValue(f, known, say);
  checkFigureLabelYears(f, say);
};

/** A period with a year says it in its label: "6 tháng đầu năm 2023", never a bare "6 tháng đầu năm". */
function checkFigureLabelYears(f: Figure, say: (path: string, what: string) => void): void {
  const years = new Set([f.period.from, f.period.to].flatMap((d) => (d ? [d.slice(0, 4)] : [])));
  for (const year of years) if (!f.period.label.includes(year)) say('period.label', `${shown(f.period.label)} does not show the year ${year} of its period`);
}

function checkRecurrence(r: Recurrence, say: (path: string, what: string) => void): void {
  const day = (path: string, month: number, d: number) => {
    if (d > daysInMonth(month)) say(path, `impossible date ${d}/${month} (month ${month} has ${daysInMonth(month)} days)`);
  };
  if (r.kind === 'yearly-day') day('recurrence.day', r.month, r.day);
  if (r.kind === 'yearly-period') {
    day('recurrence.start.day', r.start.month, r.start.day);
    day('recurrence.end.day', r.end.month, r.end.day);
  }
  if (r.kind === 'once' && earliestDay(r.start) > latestDay(r.end)) say('recurrence.end', `${r.end} is before the start ${r.start}`);
}

const onOrAfter = (m: number, d: number, from: { month: number; day: number }) => m > from.month || (m === from.month && d >= from.day);
const onOrBefore = (m: number, d: number, to: { month: number; day: number }) => m < to.month || (m === to.month && d <= to.day);

/** Whether day d/m falls on a yearly rule (a period may cross the year end). */
function fallsOn(r: Exclude<Recurrence, { kind: 'once' }>, m: number, d: number): boolean {
  if (r.kind === 'yearly-day') return r.month === m && r.day === d;
  const crosses = !onOrAfter(r.end.month, r.end.day, r.start);
  return crosses ? onOrAfter(m, d, r.start) || onOrBefore(m, d, r.end) : onOrAfter(m, d, r.start) && onOrBefore(m, d, r.end);
}

/** A yearly campaign's own words never date an occurrence before `since` ("30/7/2010" for a day kept since 2016). */
function checkSince(c: Campaign, say: (path: string, what: string) => void): void {
  const r = c.recurrence;
  if (r.kind === 'once') return;
  const texts: [string, string | undefined][] = [
    ['name', c.name],
    ['shortName', c.shortName],
    ['description', c.description],
    ['caveat', c.caveat],
    ...c.actions.map((text, i): [string, string] => [`actions.${i}`, text]),
  ];
  for (const [path, text] of texts) {
    for (const [date, d, m, y] of text?.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g) ?? []) {
      if (Number(y) < r.since && fallsOn(r, Number(m), Number(d))) say(path, `${date} is an occurrence before recurrence.since ${r.since}`);
    }
  }
}

/** "Căn cứ" lists legal documents only; who launched a campaign goes in `launchedBy`. */
const LEGAL_DOCUMENT = /^(?:Quyết định|Nghị quyết|Nghị định|Luật|Pháp lệnh|Chỉ thị|Kết luận|Thông tư|Kế hoạch|Đề án|Chương trình|Chiến lược)\s/;

const checkCampaign: Check<Campaign> = ({ value: c }, known, say) => {
  c.legalBasis.forEach((text, i) => {
    if (!LEGAL_DOCUMENT.test(text)) say(`legalBasis.${i}`, `${shown(text)} is not a legal document (start with its kind: Quyết định, Luật…; who launched it goes in launchedBy)`);
  });
  checkRef('provinces', 'province', c.province, 'province', known, say);
  c.articles.forEach((id, i) => checkRef('articles', 'article', id, `articles.${i}`, known, say));
  checkRecurrence(c.recurrence, say);
  checkSince(c, say);
};

const checkModel: Check<Model> = ({ value: m }, known, say) => {
  const { province, ward } = m.locality;
  checkRef('provinces', 'province', province, 'locality.province', known, say);
  if (ward !== undefined && known.ids.provinces.has(province) && !known.wards.get(province)?.has(ward)) {
    say('locality.ward', `unknown ward ${shown(ward)} in ${province}`);
  }
  m.articles.forEach((id, i) => checkRef('articles', 'article', id, `articles.${i}`, known, say));
};

const checkHotline: Check<Hotline> = ({ value: h }, _known, say) => {
  if (h.link.href !== `tel:${h.number}`) say('link.href', `expected "tel:${h.number}" for number ${h.number}, got ${shown(h.link.href)}`);
};

const checkProvince: Check<Province> = ({ value: p }, known, say) => {
  checkProvinceAliases(p, say);
  p.aliases.forEach((a, i) => a.sources && checkSources(a.sources, known, (path, what) => say(`aliases.${i}.${path}`, what)));
  const seen = new Map<string, number>();
  p.wards.forEach((w, i) => {
    const first = seen.get(w.id);
    if (first !== undefined) say(`wards.${i}.id`, `duplicate ward id ${shown(w.id)} (also wards.${first})`);
    else seen.set(w.id, i);
  });
};

/** Runs every cross-reference check on the entries that passed their schemas. */
export function crossCheck(entries: SeedEntries, known: Known, report: Report): void {
  const run = <T>(collection: CollectionName, list: Entry<T>[], check: Check<T>) => {
    for (const entry of list) {
      const say = (path: string, what: string) => report(`${collection}.json`, entry.label, path, what);
      check(entry, known, say);
      const sources = (entry.value as { sources?: SourceRef[] }).sources;
      if (sources) checkSources(sources, known, say);
    }
  };
  run('articles', entries.articles, checkArticle);
  run('figures', entries.figures, checkFigure);
  run('campaigns', entries.campaigns, checkCampaign);
  run('models', entries.models, checkModel);
  run('hotlines', entries.hotlines, checkHotline);
  run('provinces', entries.provinces, checkProvince);
  run('guidance', entries.guidance, () => {});
  run('facts', entries.facts, () => {});
  run('places', entries.places, () => {});
  for (const province of entries.provinces) {
    province.value.wards.forEach((ward, i) => {
      const say = (path: string, what: string) => report('provinces.json', province.label, `wards.${i}.${path}`, what);
      checkSources(ward.sources, known, say);
      ward.aliases.forEach((a, j) => a.sources && checkSources(a.sources, known, (path, what) => say(`aliases.${j}.${path}`, what)));
    });
  }
}
