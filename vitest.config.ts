import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Three projects: `unit` is pure domain code (fast, no I/O); `db` opens real databases
// (PGlite by default, PostgreSQL when DATABASE_URL is set) and runs files one at a time;
// `reliability` runs real servers on the production build (after e2e in npm test).
export default defineConfig({
  resolve: { alias: { '@': root, 'server-only': `${root}/db/testing/server-only-shim.ts` } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['lib/**/*.test.ts', 'components/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['db/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // reliability/: real `next start` servers on the production build (npm test's
        // `reliability` stage, after e2e). One file at a time: they own ports and data dirs.
        extends: true,
        test: {
          name: 'reliability',
          include: ['reliability/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 30 * 60_000,
          hookTimeout: 5 * 60_000,
        },
      },
    ],
  },
});
