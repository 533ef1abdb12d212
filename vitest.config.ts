import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests start real processes; on a loaded two-core CI machine they need room.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
