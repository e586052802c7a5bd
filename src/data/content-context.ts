import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { National } from '../content/schema.ts';
import type { ContentStore } from './content-store.ts';

export const ContentContext = createContext<ContentStore | null>(null);

/** The content store; every screen is rendered inside a provider. */
export function useContent(): ContentStore {
  const store = useContext(ContentContext);
  if (!store) throw new Error('useContent() outside <ContentContext.Provider>');
  return store;
}

/** The national collections (articles, campaigns, figures, hotlines, provinces, guidance, facts). */
export function useNational(): National {
  return useContent().national;
}
