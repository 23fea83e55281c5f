import { describeDocumentFuzz } from './fuzz/document-fuzz.suite.ts';

/** `npm run test:stress`: four times document-fuzz.test.ts, from a fresh seed. */
describeDocumentFuzz({ requests: 40_000, explore: true });
