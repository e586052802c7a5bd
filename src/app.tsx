import type { AnyComponent } from 'preact';
import { LocationProvider, Router, Route, ErrorBoundary, lazy, useLocation } from 'preact-iso';
// Route matching, the same function the Router uses (not re-exported by the package index).
import { exec } from 'preact-iso/router';
import { ContentContext } from './data/content-context.ts';
import type { ContentStore } from './data/content-store.ts';
import { getSettings } from './data/settings.ts';
import { useSyncStatus } from './data/sync-status.ts';
import { preloadResource } from './data/use-resource.ts';
import Home from './routes/home.tsx';
import { modelKey, modelsKey, placesKey } from './routes/resource-keys.ts';
import { Layout } from './ui/layout.tsx';
import { SyncNotice } from './ui/sync-notice.tsx';
import './ui/styles/index.css';

type Params = Record<string, string | undefined>;
interface RouteDef {
  path: string;
  component: AnyComponent<any> & { preload?: () => Promise<unknown> };
  /** Async data the screen reads first, loaded before the first render (see preloadRoute). */
  data?: (store: ContentStore, params: Params, query: Params) => Promise<unknown> | undefined;
}

const provinceModels = (store: ContentStore, province: string | null | undefined) =>
  province ? preloadResource(modelsKey(province), () => store.modelsOf(province)) : undefined;
const places = (store: ContentStore) => preloadResource(placesKey, () => store.places());
/** A place page reads the list of communes and its province's models (an unknown id reads nothing; the screen validates it). */
const placeData = (store: ContentStore, params: Params) => Promise.all([places(store), provinceModels(store, params['tinh'])]);

/** The route table: one screen per line. Home is in the first-load bundle; every other screen is its own chunk. */
export const ROUTES: readonly RouteDef[] = [
  { path: '/', component: Home, data: (store) => provinceModels(store, getSettings().province) },
  { path: '/lich', component: lazy(() => import('./routes/calendar.tsx')) },
  { path: '/lich/theo-doi', component: lazy(() => import('./routes/subscribe.tsx')) },
  { path: '/chien-dich', component: lazy(() => import('./routes/campaigns.tsx')) },
  { path: '/chien-dich/:id', component: lazy(() => import('./routes/campaign.tsx')) },
  { path: '/mo-hinh', component: lazy(() => import('./routes/models.tsx')), data: (store, _, q) => provinceModels(store, q['tinh']) },
  { path: '/mo-hinh/:id', component: lazy(() => import('./routes/model.tsx')), data: (store, p) => p['id'] ? preloadResource(modelKey(p['id']), () => store.model(p['id']!)) : undefined },
  { path: '/dia-phuong', component: lazy(() => import('./routes/places-index.tsx')), data: (store) => places(store) },
  { path: '/dia-phuong/:tinh', component: lazy(() => import('./routes/place-province.tsx')), data: placeData },
  { path: '/dia-phuong/:tinh/:xa', component: lazy(() => import('./routes/place-commune.tsx')), data: placeData },
  { path: '/bai-viet', component: lazy(() => import('./routes/articles.tsx')) },
  { path: '/bai-viet/:id', component: lazy(() => import('./routes/article.tsx')) },
  { path: '/so-lieu', component: lazy(() => import('./routes/figures.tsx')) },
  { path: '/so-lieu/:id', component: lazy(() => import('./routes/figure.tsx')) },
  { path: '/tim-kiem', component: lazy(() => import('./routes/search.tsx')) },
  { path: '/duong-day-nong', component: lazy(() => import('./routes/hotlines.tsx')) },
  { path: '/huong-dan', component: lazy(() => import('./routes/guidance.tsx')) },
  { path: '/cai-dat', component: lazy(() => import('./routes/settings.tsx')) },
  { path: '/them', component: lazy(() => import('./routes/more.tsx')) },
  { path: '/tin', component: lazy(() => import('./routes/notice.tsx')) },
  { path: '/tin/can-bo', component: lazy(() => import('./routes/officer.tsx')) },
];

/** Offered on any page whose link carries a locality (`?tinh=…&phuong=…`); its zod code loads only then. */
const FollowOffer = lazy(() => import('./routes/follow-offer.tsx'));
/** Unknown paths: a chunk of its own, preloaded by preloadRoute, so it costs nothing on home's first load. */
const NotFound = lazy(() => import('./routes/not-found.tsx'));
/**
 * Screens where `tinh` is a filter, not a shared locality (src/pwa/locality-link.ts adds none there).
 * Settings is not one: `/cai-dat/?tinh=…&phuong=…` is the link (or QR code) a ward officer can hand
 * out to say "follow our ward".
 */
const OWN_LOCALITY_PARAM = ['/mo-hinh', '/so-lieu', '/dia-phuong'];

/**
 * Load the chunk and the data of the screen at `url` before the first render, so the prerendered
 * HTML is replaced in one step with no loading state. Never rejects: a failure shows on the screen.
 */
export async function preloadRoute(url: string, store: ContentStore): Promise<void> {
  const u = new URL(url, 'http://localhost');
  const query = Object.fromEntries(u.searchParams);
  const route = ROUTES.find((r) => exec(u.pathname, r.path));
  const params = route ? (exec(u.pathname, route.path)?.params ?? {}) : {};
  await Promise.all([
    route ? route.component.preload?.() : NotFound.preload(),
    route?.data?.(store, params, query),
    wantsFollowOffer(u.pathname, query) ? FollowOffer.preload() : undefined,
  ]).catch((error: unknown) => console.warn('[antq] preload failed:', error));
}

function wantsFollowOffer(path: string, query: Params): boolean {
  return Boolean(query['tinh']) && !OWN_LOCALITY_PARAM.some((p) => path === p || path.startsWith(`${p}/`));
}

/** Move focus to the new screen after client-side navigation, so keyboard and screen-reader users start there. */
function focusMain() {
  document.getElementById('main')?.focus({ preventScroll: true });
}

function Notices() {
  const { path, query } = useLocation();
  const sync = useSyncStatus();
  return (
    <>
      <SyncNotice status={sync} />
      {wantsFollowOffer(path, query) ? (
        <ErrorBoundary>
          <FollowOffer />
        </ErrorBoundary>
      ) : null}
    </>
  );
}

/** The providers and the route table. */
export function App({ store }: { store: ContentStore }) {
  return (
    <ContentContext.Provider value={store}>
      <LocationProvider>
        <Layout notices={<Notices />}>
          <ErrorBoundary>
            <Router onRouteChange={focusMain}>
              {ROUTES.map((r) => (
                <Route key={r.path} path={r.path} component={r.component} />
              ))}
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        </Layout>
      </LocationProvider>
    </ContentContext.Provider>
  );
}
