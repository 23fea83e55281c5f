import { describeHostileInput } from './fuzz/hostile-input.suite.ts';

/**
 * Every route × (55 in-process + 5 over HTTP): with 118 routes, about 7,100 hostile requests per
 * `npm test`, the budget this file had when there were 65 routes at 110 each. The suite's share
 * stays fixed as routes are added; `npm run test:stress` runs about twenty times as many per route
 * (hostile-input.stress.test.ts).
 */
describeHostileInput({ inProcessRuns: 55, httpRuns: 5 });
