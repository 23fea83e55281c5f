import { describeHostileUrls } from './fuzz/hostile-urls.suite.ts';

/** `npm run test:stress`: ten times hostile-urls.test.ts. */
describeHostileUrls({ runs: 1_500, explore: true });
