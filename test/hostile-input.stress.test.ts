import { describeHostileInput } from './fuzz/hostile-input.suite.ts';

/** `npm run test:stress`: about twenty times hostile-input.test.ts, about 120,000 requests. */
describeHostileInput({ inProcessRuns: 2_000, httpRuns: 100, explore: true });
