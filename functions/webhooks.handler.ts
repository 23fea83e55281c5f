import { handleApi } from './http/handle-api.ts';
import { webhooksApp } from './webhooks/app.ts';

/**
 * Lambda entry for a program's outbound webhook endpoints, their secrets, delivery logs,
 * replays and test events (see shared/platform/routes.ts). The deliveries themselves are the
 * webhook sender's.
 */
export const handler = handleApi(webhooksApp);
