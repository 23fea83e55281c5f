import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{cdk,functions,shared,local,test}/**/*.test.ts', 'web/src/**/*.test.ts'],
    // The heavy fuzz and races run under `npm run test:stress` (vitest.stress.config.ts) only.
    exclude: [...configDefaults.exclude, '**/*.stress.test.ts'],
    // One DynamoDB Local and one cognito-local per run; each test file gets its own table.
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
