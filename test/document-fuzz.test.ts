import { describeDocumentFuzz } from './fuzz/document-fuzz.suite.ts';

/**
 * 10,000 requests generated from the OpenAPI document, over every operation, warm in one
 * process, from the fixed seed. `npm run test:stress` runs more with a fresh seed
 * (document-fuzz.stress.test.ts); `npm run fuzz:warm` runs this file with three seeds.
 */
describeDocumentFuzz({ requests: 10_000 });
