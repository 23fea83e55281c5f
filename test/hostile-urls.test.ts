import { describeHostileUrls } from './fuzz/hostile-urls.suite.ts';

/** 150 tricky values per URL field and 600 requests to the redirect; ten times as many under `npm run test:stress`. */
describeHostileUrls({ runs: 150 });
