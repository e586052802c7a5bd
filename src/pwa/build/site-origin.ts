/**
 * The public origin that canonical URLs and Open Graph tags point to, from SITE_ORIGIN at build
 * time. The default is a reserved placeholder (RFC 2606): a deploy must set its own.
 */
export const DEFAULT_SITE_ORIGIN = 'https://antq.example';

/** SITE_ORIGIN validated: an http(s) origin with no path, no trailing slash. */
export function siteOrigin(value: string | undefined = process.env.SITE_ORIGIN): string {
  if (!value) return DEFAULT_SITE_ORIGIN;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_ORIGIN: expected an origin like https://example.vn, got ${JSON.stringify(value)}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/$/, '')) {
    throw new Error(`SITE_ORIGIN: expected an http(s) origin with no path, like https://example.vn, got ${JSON.stringify(value)}`);
  }
  return url.origin;
}
