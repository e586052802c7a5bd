// Build time only: renders every route to HTML with the compiled seed content.
import { App } from './app.tsx';
import { memoryStore } from './data/memory-store.ts';
import { documentTitle, SITE_NAME, takeRenderedMeta } from './ui/use-page-meta.ts';
import { canonicalPath, headElements, pageTopics, shareImageFor, type HeadElement } from './pwa/head-tags.ts';
import { PLACE_LINK_SCRIPT, SHELL_PATH } from './pwa/build/pages.ts';
import { siteOrigin } from './pwa/build/site-origin.ts';

const origin = siteOrigin();
/**
 * preact-iso's prerender appends this empty marker for its own `hydrate()`, which the app does not use
 * (src/main.tsx renders into #app with preact's `render`). `isodata` is no MIME type, so the W3C Nu
 * checker rejects every page that carries it: it is cut off here.
 */
const ISODATA_MARKER = '<script type="isodata"></script>';
let topics: ReturnType<typeof pageTopics> | undefined;

/** The offline shell: no page content (the app renders the deep link into it), never indexed. */
function shell() {
  const head = headElements({ title: 'Đang mở', description: 'Đang mở trang…', path: SHELL_PATH, siteName: SITE_NAME, origin, noindex: true });
  return { html: '', links: [], head: { lang: 'vi', title: `Đang mở… · ${SITE_NAME}`, elements: new Set(head) } };
}

export async function prerender(data: { url: string }) {
  if (data.url === SHELL_PATH) return shell();
  const [{ national, models, places, manifest }, { default: render }] = await Promise.all([
    import('virtual:antq-content'),
    import('preact-iso/prerender'),
  ]);
  const store = memoryStore(national, models, { version: manifest.version, builtAt: manifest.builtAt, syncedAt: null }, places);
  const rendered = await render(<App store={store} />);
  const html = rendered.html.endsWith(ISODATA_MARKER) ? rendered.html.slice(0, -ISODATA_MARKER.length) : rendered.html;
  const { links } = rendered;
  const meta = takeRenderedMeta();
  topics ??= pageTopics(national, models);
  const path = canonicalPath(data.url);
  const elements = new Set<HeadElement | { type: 'script'; props: { src: string } }>(
    meta
      ? headElements({
          ...meta,
          path,
          image: meta.image ?? shareImageFor(topics.get(path)),
          siteName: SITE_NAME,
          origin,
        })
      : [],
  );
  if (path === '/mo-hinh/') elements.add({ type: 'script', props: { src: PLACE_LINK_SCRIPT } });
  // Every content page is prerendered, linked from a list or not (models are listed per province):
  // the home page hands them all to the crawler.
  const pages = data.url === '/' ? new Set([...(links ?? []), ...topics.keys()]) : links;
  return { html, links: pages, head: { lang: 'vi', title: meta ? documentTitle(meta.title) : undefined, elements } };
}
