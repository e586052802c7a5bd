import { render } from 'preact';
import { App } from './app.tsx';
import { loadStore } from './data/load-store.ts';

const root = document.getElementById('app')!;

// The prerendered HTML stays on screen until the content store is ready, then one render replaces it.
loadStore().then((store) => render(<App store={store} />, root));
