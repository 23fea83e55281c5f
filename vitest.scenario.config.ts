import { defineConfig } from 'vitest/config';

/** `npm run scenario`: the scripted month over HTTP against the running `npm start`. */
export default defineConfig({
  test: {
    include: ['test/scripted-month.test.ts'],
    globalSetup: ['test/running-instance.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
