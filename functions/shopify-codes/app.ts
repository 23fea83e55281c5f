import { createApp } from '../http/create-app.ts';
import { shopifyCodesRoutes } from './shopify-codes.routes.ts';

/** The "Shopify codes" context: where each ambassador's code stands in the shop, and retrying it. */
export const shopifyCodesApp = createApp().route('/', shopifyCodesRoutes);
