// The build-time view of the compiled seeds (src/content/compile/vite-plugin.ts). Only the prerender
// imports it, dynamically: client code gets content through /content/ and IndexedDB.
declare module 'virtual:antq-content' {
  export const national: import('./schema.ts').National;
  export const models: import('./schema.ts').Model[];
  export const places: import('./schema.ts').ProvincePlaces[];
  export const manifest: import('./schema.ts').ContentManifest;
}
