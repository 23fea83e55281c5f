import { describeHostileInput } from './fuzz/hostile-input.suite.ts';

/**
 * 65 routes × (100 in-process + 10 over HTTP): about 7,150 hostile requests per `npm test`.
 * `npm run test:stress` runs about twenty times as many (hostile-input.stress.test.ts).
 */
describeHostileInput({ inProcessRuns: 100, httpRuns: 10 });
