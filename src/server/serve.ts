// `npm start`: serve the built app from dist/ on 127.0.0.1 (PORT, default 4173).
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.ts';

const port = Number(process.env.PORT ?? 4173);
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first (npm start does both).');
  process.exit(1);
}
const { url } = await startStaticServer('dist', port);
console.log(`Toàn dân bảo vệ ANTQ: ${url}/  (Ctrl+C to stop)`);
