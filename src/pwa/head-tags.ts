// The <head> of a prerendered page: what a search engine and a chat preview (Zalo, Facebook) read.
// Build time only; the browser updates the title itself (use-page-meta.ts).
import type { Model, National, Topic } from '../content/schema.ts';

export interface HeadElement {
  type: 'meta' | 'link';
  props: Record<string, string>;
}

export interface HeadInput {
  /** The page's own title (without the site name) and its description. */
  title: string;
  description: string;
  /** Site-relative path of the page, e.g. `/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/`. */
  path: string;
  /** Site-relative share image; the topic image or the default when absent. */
  image?: string | undefined;
  noindex?: boolean | undefined;
  siteName: string;
  /** Absolute origin the tags point to (SITE_ORIGIN). */
  origin: string;
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };
export const DEFAULT_SHARE_IMAGE = '/og/default.png';

/** The share image of a topic: public/og/<topic>.png (1200×630). */
export function shareImageFor(topic: Topic | undefined): string {
  return topic ? `/og/${topic}.png` : DEFAULT_SHARE_IMAGE;
}

/** Articles are Open Graph "article"s; every other page is a "website". */
export function ogType(path: string): 'article' | 'website' {
  return /^\/bai-viet\/[^/]+\/$/.test(path) ? 'article' : 'website';
}

/** Canonical path: always with a trailing slash, as the static host serves pages. */
export function canonicalPath(path: string): string {
  const clean = path.split(/[?#]/)[0] || '/';
  return clean.endsWith('/') || /\.[a-z]+$/.test(clean) ? clean : `${clean}/`;
}

/** Description, canonical, Open Graph and Twitter card tags, all URLs absolute. */
export function headElements(input: HeadInput): HeadElement[] {
  const url = input.origin + canonicalPath(input.path);
  const image = input.origin + (input.image ?? DEFAULT_SHARE_IMAGE);
  const meta = (key: 'name' | 'property', name: string, content: string): HeadElement => ({ type: 'meta', props: { [key]: name, content } });
  const tags: HeadElement[] = [meta('name', 'description', input.description)];
  if (input.noindex) return [...tags, meta('name', 'robots', 'noindex')];
  tags.push(
    { type: 'link', props: { rel: 'canonical', href: url } },
    meta('property', 'og:type', ogType(canonicalPath(input.path))),
    meta('property', 'og:site_name', input.siteName),
    meta('property', 'og:locale', 'vi_VN'),
    meta('property', 'og:title', input.title),
    meta('property', 'og:description', input.description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', String(SHARE_IMAGE_SIZE.width)),
    meta('property', 'og:image:height', String(SHARE_IMAGE_SIZE.height)),
    meta('property', 'og:image:alt', input.title),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', input.title),
    meta('name', 'twitter:description', input.description),
    meta('name', 'twitter:image', image),
  );
  return tags;
}

/** Share-image topic of every content page, by path (`/chien-dich/<id>/` → its topic); built once per build. */
export function pageTopics(national: National, models: readonly Model[]): Map<string, Topic> {
  const topics = new Map<string, Topic>();
  for (const c of national.campaigns) topics.set(`/chien-dich/${c.id}/`, c.topic);
  for (const a of national.articles) if (a.topics[0]) topics.set(`/bai-viet/${a.id}/`, a.topics[0]);
  for (const f of national.figures) if (f.topics[0]) topics.set(`/so-lieu/${f.id}/`, f.topics[0]);
  for (const m of models) if (m.topics[0]) topics.set(`/mo-hinh/${m.id}/`, m.topics[0]);
  return topics;
}
