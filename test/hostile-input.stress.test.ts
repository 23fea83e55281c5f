import { describeHostileInput } from './fuzz/hostile-input.suite.ts';

/** `npm run test:stress`: ten times hostile-input.test.ts, about 120,000 requests. */
describeHostileInput({ inProcessRuns: 2_000, httpRuns: 100, explore: true });
