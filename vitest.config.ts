import { defineConfig } from 'vitest/config';

// Three projects, cheapest first. `unit` reads no build and no seeds/ folder (frozen fixtures only): `npm run
// test:unit` is the loop to live in. `pipeline` runs the whole record pipeline and the reports on seeds/ and on
// hostile corpora. `site` reads the dist/ that `npm run build` wrote and drives a real Chromium.
// Timeouts only guard against hangs on a loaded two-core machine; speed goals live in `npm run bench`.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'pipeline',
          include: ['tests/pipeline/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
        },
      },
    ],
  },
});
