import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/built/**', 'test/pipeline/**'],
          testTimeout: 30_000,
          // A download the test did not set up fails at once instead of reaching the network
          // (fetch refuses port 9 outright); tests that download serve their own files.
          env: { CAKUPAN_GEO_BASE_URL: 'http://127.0.0.1:9/' },
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
      {
        test: {
          // The real entry points on a copy of data/ in temporary folders: whole builds, so the
          // work happens in beforeAll with a generous limit and each test only reads its results.
          name: 'pipeline',
          include: ['test/pipeline/**/*.test.ts'],
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
