import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

/** `npm run test:stress`: the hostile-input and hostile-URL fuzz with ten times the cases, the document fuzz with four times its requests, and the races two to five times bigger; nothing else. */
export default defineConfig({
  test: {
    ...base.test,
    include: ['test/**/*.stress.test.ts'],
    exclude: [],
    testTimeout: 900_000,
  },
});
