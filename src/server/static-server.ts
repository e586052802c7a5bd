// A static file server that behaves like the static hosts we deploy to (nginx `try_files $uri
// $uri/index.html =404`): clean URLs, a real 404 page with a 404 status, gzip, long-lived caching
// for hashed files only. Used by `npm start`, the browser tests and the bench, so all three see
// the app exactly as a resident's phone would.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml', '.ics']);
// Hashed build output never changes under the same name; everything else must be revalidated.
const IMMUTABLE = /^\/(?:assets\/.+|content\/.+\.[0-9a-f]{8,}\.json)$/;

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Resolve a URL path to a file in `root` the way a clean-URL static host does. */
export async function resolvePath(root: string, urlPath: string): Promise<{ file: string; status: number } | { redirect: string }> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return { file: join(root, '404.html'), status: 404 };
  }
  const full = normalize(join(root, path));
  if (!full.startsWith(root)) return { file: join(root, '404.html'), status: 404 };
  if (path.endsWith('/')) {
    const index = join(full, 'index.html');
    if (await isFile(index)) return { file: index, status: 200 };
  } else {
    if (await isFile(full)) return { file: full, status: 200 };
    if (await isFile(join(full, 'index.html'))) return { redirect: `${urlPath}/` };
  }
  return { file: join(root, '404.html'), status: 404 };
}

/** Serve `root` on 127.0.0.1; port 0 picks a free port. */
export function startStaticServer(rootDir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(rootDir);
  // Keyed by path and mtime: a rebuild under a running server must not serve stale bodies.
  const gzCache = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const found = await resolvePath(root, url.pathname);
      if ('redirect' in found) {
        res.writeHead(301, { Location: found.redirect + url.search }).end();
        return;
      }
      const ext = extname(found.file);
      let body: Buffer;
      try {
        body = await readFile(found.file);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy');
        return;
      }
      const headers: Record<string, string> = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': IMMUTABLE.test(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const key = `${found.file}:${(await stat(found.file)).mtimeMs}`;
        let gz = gzCache.get(key);
        if (!gz) {
          gz = gzipSync(body, { level: 9 });
          gzCache.set(key, gz);
        }
        body = gz;
        headers['Content-Encoding'] = 'gzip';
        headers['Vary'] = 'Accept-Encoding';
      }
      headers['Content-Length'] = String(body.length);
      res.writeHead(found.status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({
        url: `http://${host}:${actual}`,
        server,
        close: () => new Promise((ok) => server.close(() => ok())),
      });
    });
  });
}
