import { defineConfig } from 'vitest/config';
import { trustRootsPlugin } from './src/content/compile/vite-plugin.ts';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [trustRootsPlugin()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // Real Chromium against dist/: one file at a time on 2 cores, hard timeouts everywhere.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
