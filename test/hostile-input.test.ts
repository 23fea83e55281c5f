import { describeHostileInput } from './fuzz/hostile-input.suite.ts';

/**
 * 57 routes × (200 in-process + 10 over HTTP): about 12,000 hostile requests per `npm test`.
 * `npm run test:stress` runs ten times as many (hostile-input.stress.test.ts).
 */
describeHostileInput({ inProcessRuns: 200, httpRuns: 10 });
