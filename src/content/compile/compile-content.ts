import type { Article, ArticleSeed, ContentManifest, Model, National, ProvincePlaces } from '../schema.ts';
import type { CollectionName, Report, SeedEntries } from './collections.ts';
import { SEED_SCHEMAS } from './collections.ts';
import { ContentError, problemLine } from './content-error.ts';
import { checkConsistency, checkDuplicateIds, knownFrom } from './consistency.ts';
import { crossCheck } from './cross-check.ts';
import { emitPack } from './emit-pack.ts';
import { seedParagraphs } from './paragraphs.ts';
import { validateEntries } from './validate-entries.ts';

/** The content as loaded from the seeds folder: parsed JSON per collection, seed texts by file name. */
export interface ContentInput {
  collections: Partial<Record<CollectionName, unknown>>;
  texts: Readonly<Record<string, string>>;
  /** ISO time stamped into the manifest; no version depends on it. Defaults to now. */
  builtAt?: string;
  /** How problem lines name the folder; defaults to "seeds". */
  dir?: string;
  /** The root-signed ward list (src/notice/admin/compile-trust.ts), shipped as /content/trust.<version>.json. */
  trust?: unknown;
}

export interface CompiledContent {
  national: National;
  models: Model[];
  /** Every commune, by province (seeds/places.json). */
  places: ProvincePlaces[];
  manifest: ContentManifest;
  /** Paths relative to the site root (`content/…`) → file text. */
  files: Map<string, string>;
}

function compileArticle(a: ArticleSeed, paragraphs: readonly string[]): Article {
  const headings = new Set(a.headings ?? []);
  const body = paragraphs.slice(a.body.from - 1, a.body.to).map((text, i) => {
    const n = a.body.from + i;
    return headings.has(n) ? { n, text, heading: true } : { n, text };
  });
  return { ...a, paragraphs: body };
}

function validateAll(c: ContentInput['collections'], report: Report): SeedEntries {
  const s = SEED_SCHEMAS;
  return {
    articles: validateEntries('articles', c.articles, s.articles, report),
    figures: validateEntries('figures', c.figures, s.figures, report),
    campaigns: validateEntries('campaigns', c.campaigns, s.campaigns, report),
    models: validateEntries('models', c.models, s.models, report),
    hotlines: validateEntries('hotlines', c.hotlines, s.hotlines, report),
    provinces: validateEntries('provinces', c.provinces, s.provinces, report),
    guidance: validateEntries('guidance', c.guidance, s.guidance, report),
    facts: validateEntries('facts', c.facts, s.facts, report),
    places: validateEntries('places', c.places, s.places, report),
  };
}

/** Validates the seeds and emits the content pack; throws a ContentError listing every problem at once. */
export function compileContent(input: ContentInput): CompiledContent {
  const dir = input.dir ?? 'seeds';
  const problems: string[] = [];
  const report: Report = (file, entry, path, what) => problems.push(problemLine(`${dir}/${file}`, entry, path, what));
  const seeds = new Map(Object.keys(input.texts).sort().map((file) => [file, seedParagraphs(input.texts[file] ?? '')] as const));
  for (const [file, paragraphs] of seeds) {
    paragraphs.forEach((text, i) => {
      if (text !== text.normalize('NFC')) report(file, `para ${i + 1}`, '', 'text not NFC (normalise it to Unicode NFC)');
    });
  }
  const entries = validateAll(input.collections, report);
  const known = knownFrom(input.collections, seeds);
  checkDuplicateIds(input.collections, report);
  crossCheck(entries, known, report);
  const rawArticles: unknown[] = Array.isArray(input.collections.articles) ? input.collections.articles : [];
  checkConsistency(entries, known, rawArticles.map((a) => (a as { seed?: unknown } | null)?.seed), report);
  if (problems.length > 0) throw new ContentError(problems);

  const values = <T>(list: { value: T }[]) => list.map((e) => e.value);
  const national: National = {
    articles: entries.articles.map(({ value }) => compileArticle(value, seeds.get(value.seed) ?? [])),
    figures: values(entries.figures),
    campaigns: values(entries.campaigns),
    hotlines: values(entries.hotlines),
    provinces: values(entries.provinces),
    guidance: values(entries.guidance),
    facts: values(entries.facts),
  };
  const models = values(entries.models);
  const places = values(entries.places);
  const pack = emitPack(national, models, { builtAt: input.builtAt ?? new Date().toISOString(), places, ...(input.trust !== undefined ? { trust: input.trust } : {}) });
  return { national, models, places, ...pack };
}
