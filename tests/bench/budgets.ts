// The budgets of shared/docs/performance.md that the bench prints and the size tests hold
// (tests/browser/size-budget.test.ts): one place, so the two cannot drift apart.
// Sizes are KB of 1,024 bytes, gzip level 9 (what src/server/static-server.ts sends).
export const BUDGETS = {
  homeHtmlKB: 14,
  homeFirstLoadKB: 25,
  precacheKB: 300,
  lighthouse: { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1200, tbtMs: 50, cls: 0.02 },
  offlineRepeatPaintMs: 500,
  /** LCP over the floor's (an empty prerendered Preact page), measured in the same Lighthouse run. */
  lcpOverFloor: 1.15,
} as const;
