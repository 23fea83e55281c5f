import { handleApi } from './http/handle-api.ts';
import { shopifyCodesApp } from './shopify-codes/app.ts';

/**
 * Lambda entry for the team's view of ambassadors' codes in the Shopify shop and their retry
 * (see shared/platform/routes.ts). The work in the shop is the Shopify sync's.
 */
export const handler = handleApi(shopifyCodesApp);
