// The single source of the content types. Seeds are validated with these at build time and
// downloads are validated with them again at run time (zod/mini keeps the browser cost ~6 KB).
import * as z from 'zod/mini';

/** URL-safe id, Vietnamese without diacritics: used as the slug in `/chien-dich/<id>/` etc. */
export const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug: a-z, 0-9 and single dashes'));

export const TOPICS = ['ma-tuy', 'mua-ban-nguoi', 'antq', 'pccc', 'hiv-aids', 'toi-pham', 'te-nan-xa-hoi'] as const;
export const Topic = z.enum(TOPICS);
export type Topic = z.infer<typeof Topic>;

const isRealDate = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** A calendar date with its precision: "2018" (year), "2023-03" (month) or "2023-03-21" (day). */
export const PartialDate = z.string().check(
  z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine(isRealDate, 'impossible date'),
);
export type PartialDate = z.infer<typeof PartialDate>;

/** Where a claim comes from: a paragraph of a seed document, or an entry of the facts register. */
export const SourceRef = z.union([
  z.object({ seed: z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'expected a seed file name')), para: z.number().check(z.int(), z.minimum(1)) }),
  z.object({ fact: z.string().check(z.regex(/^F-[A-Z0-9-]+$/, 'expected a fact id like F-MATUY-DAY')) }),
]);
export type SourceRef = z.infer<typeof SourceRef>;
const Sources = z.array(SourceRef).check(z.minLength(1, 'every entry needs at least one source'));

const SAFE_LINK = /^(?:https?:\/\/[^\s<>"]+|tel:\+?[0-9]+|sms:\+?[0-9]+(?:\?body=[^\s<>"]*)?)$/;
/** Only http(s), tel and sms links may come from content. */
export const Link = z.object({
  label: z.string().check(z.minLength(1)),
  href: z.string().check(z.regex(SAFE_LINK, 'expected an http(s), tel or sms link')),
});
export type Link = z.infer<typeof Link>;

const Text = z.string().check(z.minLength(1));

export const Article = z.object({
  id: Slug,
  title: Text,
  /** 'source': the document's own headline; 'editorial': ours, because the source has none. */
  titleFrom: z.enum(['source', 'editorial']),
  date: PartialDate,
  province: Slug,
  topics: z.array(Topic).check(z.minLength(1)),
  summary: Text,
  seed: z.string(),
  /** Inclusive range of the seed's paragraphs that make the body. */
  body: z.object({ from: z.number().check(z.int(), z.minimum(1)), to: z.number().check(z.int(), z.minimum(1)) }),
  /** Paragraph numbers inside `body` that are sub-headings in the source. */
  headings: z.optional(z.array(z.number().check(z.int(), z.minimum(1)))),
  /** What the reader should know about the source itself (no headline, date not given, place inferred). */
  note: z.optional(Text),
  sources: Sources,
});
export type ArticleSeed = z.infer<typeof Article>;

/** What the build emits for an article: the seed paragraphs copied in, verbatim. */
export const CompiledArticle = z.extend(Article, {
  paragraphs: z.array(z.object({ n: z.number(), text: z.string(), heading: z.optional(z.boolean()) })),
});
export type Article = z.infer<typeof CompiledArticle>;

export const Figure = z.object({
  id: Slug,
  value: z.number(),
  /** 'over' for "hơn/trên N", 'exact' otherwise. */
  qualifier: z.enum(['exact', 'over']),
  unit: Text,
  /** What it counts, in Vietnamese: "vụ án mua bán người được phát hiện". */
  label: Text,
  /** The period as the source states it, plus machine dates where the source gives them. */
  period: z.object({ label: Text, from: z.optional(PartialDate), to: z.optional(PartialDate) }),
  /** null: a national figure (from the facts register, not from a seed article). */
  province: z.nullable(Slug),
  /** May be empty: a count of administrative units or of traffic accidents is on none of our topics. */
  topics: z.array(Topic),
  /** The seed article that reports it; absent for figures that come only from the facts register. */
  article: z.optional(Slug),
  /** Figures that belong together on a chart share a group id within an article. */
  group: z.optional(Slug),
  note: z.optional(Text),
  sources: Sources,
});
export type Figure = z.infer<typeof Figure>;

const MonthDay = z.object({
  month: z.number().check(z.int(), z.minimum(1, 'expected 1–12'), z.maximum(12, 'expected 1–12')),
  day: z.number().check(z.int(), z.minimum(1, 'expected 1–31'), z.maximum(31, 'expected 1–31')),
});
export type MonthDay = z.infer<typeof MonthDay>;

/** The first year a yearly campaign happened, from its legal basis: no occurrence is shown before it. */
const SinceYear = z.number().check(z.int(), z.minimum(1900, 'expected a year 1900–2100'), z.maximum(2100, 'expected a year 1900–2100'));

export const Recurrence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('yearly-day'), month: MonthDay.shape.month, day: MonthDay.shape.day, since: SinceYear }),
  z.object({ kind: z.literal('yearly-period'), start: MonthDay, end: MonthDay, since: SinceYear }),
  z.object({ kind: z.literal('once'), start: PartialDate, end: PartialDate }),
]);
export type Recurrence = z.infer<typeof Recurrence>;

export const Campaign = z.object({
  id: Slug,
  name: Text,
  shortName: z.optional(Text),
  kind: z.enum(['observance', 'period', 'plan']),
  topic: Topic,
  /** null: national; otherwise the province (post-2025 id) that runs it. */
  province: z.nullable(Slug),
  recurrence: Recurrence,
  description: Text,
  /** When the recurrence holds only one dated event of it (a plan launched on a day, its own span undated): the time in words. */
  whenNote: z.optional(Text),
  /** Legal documents only ("Căn cứ"): a Quyết định, Luật, Nghị định, Kế hoạch… */
  legalBasis: z.array(Text),
  /** Who launched or runs it, when that is known but is not a legal document. */
  launchedBy: z.optional(Text),
  actions: z.array(Text),
  /** Honest limits of what we know, shown to the reader ("chưa kiểm chứng …"). */
  caveat: z.optional(Text),
  articles: z.array(Slug),
  sources: Sources,
});
export type Campaign = z.infer<typeof Campaign>;

/** 'phong-trao': a named movement the source ties to local security ("Dân vận khéo", "Toàn dân PCCC"). */
export const MODEL_KINDS = ['cong-an-kieu-mau', 'tuyen-truyen', 'tu-quan-khu-dan-cu', 'doi-tinh-nguyen', 'phong-trao'] as const;
/** 'ke-hoach': the source reports it as planned or assigned; whether and how it happened is not known. */
export const MODEL_STATUSES = ['dang-hoat-dong', 'da-to-chuc', 'ke-hoach'] as const;

export const Locality = z.object({
  province: Slug,
  ward: z.optional(Slug),
  /**
   * A pre-2025 unit that is now several wards (e.g. "quận Hà Đông"): the name of one of the province's
   * `oldName` aliases that lists its wards. The model then shows for every one of those wards.
   */
  oldName: z.optional(Text),
  /** The place as the (pre-2025) source names it, e.g. "quận Hà Đông". */
  asInSource: z.optional(Text),
});
export type Locality = z.infer<typeof Locality>;

export const Model = z.object({
  id: Slug,
  name: Text,
  kind: z.enum(MODEL_KINDS),
  status: z.enum(MODEL_STATUSES),
  locality: Locality,
  topics: z.array(Topic).check(z.minLength(1)),
  description: Text,
  since: z.optional(PartialDate),
  /**
   * The date of the newest cited source that names the model (the compiler checks it against the cited
   * articles). A status is shown as current only within the window of src/content/model-status.ts; after that
   * the model reads "được nêu năm X".
   */
  mentioned: PartialDate,
  /** Counted entries ("8 new, 38 maintained") as the source gives them. */
  counts: z.optional(z.array(z.object({ label: Text, value: z.number().check(z.int(), z.minimum(0)) }))),
  /** Honest limits of what we know (date of the information, place mapping, outcome unknown). */
  caveat: z.optional(Text),
  articles: z.array(Slug),
  sources: Sources,
});
export type Model = z.infer<typeof Model>;

export const Hotline = z.object({
  id: Slug,
  number: z.string().check(z.regex(/^\d{3,5}$/)),
  name: Text,
  description: Text,
  link: Link,
  sources: Sources,
});
export type Hotline = z.infer<typeof Hotline>;

/** Commune-level unit types after 2025: phường, xã, đặc khu. */
export const COMMUNE_KINDS = ['phuong', 'xa', 'dac-khu'] as const;
export type CommuneKind = (typeof COMMUNE_KINDS)[number];

/** Provincial unit types: thành phố, tỉnh. */
export const PROVINCE_KINDS = ['thanh-pho', 'tinh'] as const;
export type ProvinceKind = (typeof PROVINCE_KINDS)[number];

export const ALIAS_KINDS = ['oldName', 'spelling'] as const;

/**
 * Another name a place is found by. 'oldName': a pre-2025 unit it took in, shown as "tên cũ" and
 * citing the fact that says so (the compiler requires a `fact` source); 'spelling': another way of
 * writing a current name ("TP.HCM", "Thanh Hoá"), used for search only, never shown as "tên cũ".
 */
export const Alias = z.object({
  name: Text,
  kind: z.enum(ALIAS_KINDS),
  sources: z.optional(Sources),
});
export type Alias = z.infer<typeof Alias>;

/**
 * A province's alias may name the wards an old unit became, when that unit is now several wards:
 * `wards` lie wholly in it (as far as the source says), `partly` took in only part of it.
 */
export const ProvinceAlias = z.extend(Alias, {
  wards: z.optional(z.array(Slug).check(z.minLength(1))),
  partly: z.optional(z.array(Slug).check(z.minLength(1))),
});
export type ProvinceAlias = z.infer<typeof ProvinceAlias>;

export const Ward = z.object({
  id: Slug,
  name: Text,
  kind: z.enum(COMMUNE_KINDS),
  aliases: z.array(Alias),
  /** E.g. that an old district was split between several wards. */
  note: z.optional(Text),
  sources: Sources,
});
export type Ward = z.infer<typeof Ward>;

export const Province = z.object({
  id: Slug,
  name: Text,
  /** Must be the unit type of the official list (places.json, F-DVHC-LIST): the compiler checks. */
  kind: z.enum(PROVINCE_KINDS),
  /** Pre-2025 provincial units it absorbed, old units now split into its wards, and spelling variants. */
  aliases: z.array(ProvinceAlias),
  wards: z.array(Ward),
  sources: Sources,
});
export type Province = z.infer<typeof Province>;

/** One commune of the official list (F-DVHC-LIST), as `npm run places` writes it into seeds/places.json. */
export const Commune = z.object({
  /** URL slug, unique within the province: the folded name, with the official code where two names fold alike. */
  id: Slug,
  /** The government's unit code. */
  code: z.string().check(z.regex(/^\d{5}$/, 'expected the 5-digit official code')),
  name: Text,
  kind: z.enum(COMMUNE_KINDS),
});
export type Commune = z.infer<typeof Commune>;

/** Every commune of one province (the id is the province's id in provinces.json). */
export const ProvincePlaces = z.object({
  id: Slug,
  code: z.string().check(z.regex(/^\d{2}$/, 'expected the 2-digit official code')),
  name: Text,
  /** The unit type as the official list gives it (thành phố / tỉnh). */
  kind: z.enum(PROVINCE_KINDS),
  communes: z.array(Commune).check(z.minLength(1)),
  sources: Sources,
});
export type ProvincePlaces = z.infer<typeof ProvincePlaces>;

export const Guidance = z.object({
  id: Slug,
  title: Text,
  paragraphs: z.array(Text).check(z.minLength(1)),
  steps: z.optional(z.array(Text)),
  links: z.optional(z.array(Link)),
  sources: Sources,
});
export type Guidance = z.infer<typeof Guidance>;

/** The public documents of shared/docs/facts.md that content may cite as `{ fact: id }`. */
export const Fact = z.object({
  id: z.string().check(z.regex(/^F-[A-Z0-9-]+$/)),
  title: Text,
  checked: z.enum(['yes', 'partly', 'no']),
  checkedAt: z.array(Text),
  note: z.optional(Text),
});
export type Fact = z.infer<typeof Fact>;

/** The national collections the app downloads; models are sharded by province. */
export const NATIONAL_COLLECTIONS = ['articles', 'figures', 'campaigns', 'hotlines', 'provinces', 'guidance', 'facts'] as const;
export type NationalCollection = (typeof NATIONAL_COLLECTIONS)[number];

export interface National {
  articles: Article[];
  figures: Figure[];
  campaigns: Campaign[];
  hotlines: Hotline[];
  provinces: Province[];
  guidance: Guidance[];
  facts: Fact[];
}

/**
 * What the build emits under `/content/` (the app's only content endpoint):
 * - `manifest.json` (not hashed, fetched with no-cache) lists every collection with a content hash;
 * - `<name>.<version>.json` per national collection: `{ collection, version, items }`;
 * - `models/<province>.<version>.json` per province: `{ province, version, buckets, chunks }`, and the chunks
 *   `models/<province>/<chunk>.<version>.json`: `{ province, chunk, version, items }`.
 * Chunks are hash buckets of model ids (more buckets for a larger province), so a change to one
 * listing changes one small file.
 */
const Version = z.string().check(z.regex(/^[0-9a-f]{8,64}$/));
const FileRef = z.object({ version: Version, url: z.string().check(z.regex(/^\/content\/[a-z0-9/.-]+\.json$/)), bytes: z.number(), count: z.number() });
/** A chunk file of a province: served at chunkUrl(province, chunk, version); only what changes is listed, so an edit costs few bytes. */
const ChunkRef = z.object({ chunk: z.number().check(z.int(), z.minimum(0)), version: Version, count: z.number().check(z.int(), z.minimum(0)) });
export const ContentManifest = z.object({
  format: z.literal(1),
  version: Version,
  builtAt: z.string(),
  national: z.record(z.enum(NATIONAL_COLLECTIONS), FileRef),
  provinces: z.record(Slug, FileRef),
  /**
   * The list of every commune (~3,300): not needed for the first render, so kept out of `national`
   * (which is downloaded before it) and synced in the background. Optional: an old stored manifest lacks it.
   */
  places: z.optional(FileRef),
  /** The root-signed ward key list (src/notice/trust-list.ts). Optional: a build with no root has none, and old stored manifests lack it. */
  trust: z.optional(FileRef),
});
export type ContentManifest = z.infer<typeof ContentManifest>;
export const ProvinceIndex = z.object({
  province: Slug,
  version: Version,
  /** Listings are in chunk modelChunk(id, buckets): more chunks as a province grows (bucketsFor). */
  buckets: z.number().check(z.int(), z.minimum(1)),
  chunks: z.array(ChunkRef),
});
export type ProvinceIndex = z.infer<typeof ProvinceIndex>;
export { bucketsFor, chunkUrl, modelChunk } from './model-chunk.ts';

/** Item schemas of the national collection files, and the model chunk file: the app validates downloads with them. */
export const NATIONAL_ITEM_SCHEMAS = {
  articles: CompiledArticle,
  figures: Figure,
  campaigns: Campaign,
  hotlines: Hotline,
  provinces: Province,
  guidance: Guidance,
  facts: Fact,
} as const;
export const ModelChunk = z.object({
  province: Slug,
  chunk: z.number().check(z.int(), z.minimum(0)),
  version: Version,
  items: z.array(Model),
});
export type ModelChunk = z.infer<typeof ModelChunk>;
/** `/content/places.<version>.json`. */
export const PlacesFile = z.object({ collection: z.literal('places'), version: Version, items: z.array(ProvincePlaces) });
export type PlacesFile = z.infer<typeof PlacesFile>;
