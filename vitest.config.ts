import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // Tests of the built site: the global setup builds it once (npm run build).
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/helpers/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Browser tests wait for what a reader would see, not for how fast: a search while
          // another test builds a site beside it can take seconds on a two-core machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
