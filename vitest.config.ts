import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/built/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // Checks on the built dist/ that need no browser (npm test builds first).
          name: 'built',
          include: ['test/built/**/*.test.ts'],
        },
      },
      {
        test: {
          // Drives Debian's Chromium against the built dist/ (npm test builds it first).
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
