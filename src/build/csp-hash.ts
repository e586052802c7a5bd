// Build time only. The CSP source that allows exactly `text` as the content of an inline <style> or
// <script> (what inline-stylesheet.ts and deferred-entry.ts add to the pages' policy).
import { createHash } from 'node:crypto';

export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
