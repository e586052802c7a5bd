// The build step that loads the entry after the first paint (src/build/deferred-entry.ts).
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/build/csp-hash.ts';
import { deferredEntry, LOADER, LOADER_ID } from '../../src/build/deferred-entry.ts';

const TEMPLATE = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
<script type="module" crossorigin src="/assets/app-AbC123.js"></script>
<link rel="manifest" href="/manifest.webmanifest"></head>`;

function transform(html: string): string {
  const hook = deferredEntry().transformIndexHtml as { handler: (html: string) => string };
  return hook.handler(html);
}

describe('deferred entry', () => {
  it('swaps the entry script for the loader, allowed by its hash, and takes the manifest link out', () => {
    const out = transform(TEMPLATE);
    expect(out).toContain(`<script type="module" id="${LOADER_ID}" data-src="/assets/app-AbC123.js">${LOADER}</script>`);
    expect(out).toContain(`script-src 'self' ${cspHash(LOADER)};`);
    expect(out).not.toContain('src="/assets/app-AbC123.js"></script>');
    expect(out).not.toContain('rel="manifest"');
  });

  it('the loader reads its own element and imports only what the element names', () => {
    expect(LOADER).toContain(`getElementById('${LOADER_ID}').dataset.src`);
    expect(LOADER).not.toMatch(/<\/script/i);
  });

  it('fails the build, saying why, when the template is not what it expects', () => {
    expect(() => transform(TEMPLATE.replace(/<script[^]*?<\/script>/, ''))).toThrow(/no <script type="module" crossorigin src/);
    expect(() => transform(TEMPLATE.replace("script-src 'self'", "script-src 'none'"))).toThrow(/CSP has no "script-src 'self'"/);
    expect(() => transform(TEMPLATE.replace(/<link rel="manifest"[^>]*>/, ''))).toThrow(/no <link rel="manifest">/);
  });
});
