// The build-time view of the compiled seeds (src/content/compile/vite-plugin.ts). Only the prerender
// imports it, dynamically: client code gets content through /content/ and IndexedDB.
declare module 'virtual:antq-content' {
  export const national: import('./schema.ts').National;
  export const models: import('./schema.ts').Model[];
  export const places: import('./schema.ts').ProvincePlaces[];
  export const manifest: import('./schema.ts').ContentManifest;
}

// The root public keys the app trusts (seeds/trust/roots.json), compiled in.
declare module 'virtual:antq-roots' {
  const roots: import('../notice/trust-list.ts').Root[];
  export default roots;
}
