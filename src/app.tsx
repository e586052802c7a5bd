import { LocationProvider, Router, Route, ErrorBoundary } from 'preact-iso';
import { ContentContext } from './data/content-context.ts';
import type { ContentStore } from './data/content-store.ts';
import Home from './routes/home.tsx';
import NotFound from './routes/not-found.tsx';

/** The providers and the route table: one screen per line. */
export function App({ store }: { store: ContentStore }) {
  return (
    <ContentContext.Provider value={store}>
      <LocationProvider>
        <main id="main">
          <ErrorBoundary>
            <Router>
              <Route path="/" component={Home} />
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        </main>
      </LocationProvider>
    </ContentContext.Provider>
  );
}
