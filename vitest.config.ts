import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'modules/**/*.test.ts',
      'check/**/*.test.ts',
      'test/**/*.test.ts',
      'viewer/test/**/*.test.ts',
    ],
    testTimeout: 60_000,
  },
})
