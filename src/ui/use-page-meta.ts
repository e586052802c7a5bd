import { useEffect } from 'preact/hooks';

/** What a page says about itself: the tab title, the search/share description, its share image. */
export interface PageMeta {
  title: string;
  description: string;
  /** Path of the share image (Open Graph), e.g. `/og/ma-tuy.png`; a default is used when absent. */
  image?: string;
  /** Pages that must not be indexed (not found, the offline shell). */
  noindex?: boolean;
}

export const SITE_NAME = 'Toàn dân bảo vệ ANTQ';

let rendered: PageMeta | null = null;

/** The meta of the page rendered last at build time; read by the prerender to fill <head>. */
export function takeRenderedMeta(): PageMeta | null {
  const meta = rendered;
  rendered = null;
  return meta;
}

/** Full document title for a page title. */
export function documentTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
}

/** Declare the page's title and description: in <head> at build time, on the document in the browser. */
export function usePageMeta(meta: PageMeta): void {
  if (typeof window === 'undefined') rendered = meta;
  useEffect(() => {
    document.title = documentTitle(meta.title);
    document.querySelector('meta[name="description"]')?.setAttribute('content', meta.description);
  }, [meta.title, meta.description]);
}
