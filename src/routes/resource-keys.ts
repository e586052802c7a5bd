// Keys of the async reads screens make through useResource; shared with the preloading in app.tsx so
// the first render finds the data already there.
export const modelsKey = (province: string): string => `models:${province}`;
export const modelKey = (id: string): string => `model:${id}`;
export const placesKey = 'places';
