// Build time only: renders every route to HTML with the compiled seed content.
import { App } from './app.tsx';
import { memoryStore } from './data/memory-store.ts';
import { documentTitle, takeRenderedMeta } from './ui/use-page-meta.ts';

export async function prerender(data: { url: string }) {
  const [{ national, models, manifest }, { prerender: render }] = await Promise.all([
    import('virtual:antq-content'),
    import('preact-iso/prerender'),
  ]);
  const store = memoryStore(national, models, { version: manifest.version, builtAt: manifest.builtAt, syncedAt: null });
  const { html, links } = await render(<App store={store} />);
  const meta = takeRenderedMeta();
  const elements = new Set<{ type: string; props: Record<string, string> }>();
  if (meta) {
    elements.add({ type: 'meta', props: { name: 'description', content: meta.description } });
    if (meta.noindex) elements.add({ type: 'meta', props: { name: 'robots', content: 'noindex' } });
  }
  return { html, links, head: { lang: 'vi', title: meta ? documentTitle(meta.title) : undefined, elements } };
}
