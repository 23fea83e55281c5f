import { createApp } from '../http/create-app.ts';
import { conversionsRoutes } from './conversions.routes.ts';
import { linksRoutes } from './links.routes.ts';
import { payoutsRoutes } from './payouts.routes.ts';
import { salesRoutes } from './sales.routes.ts';
import { shopifyRoutes } from './shopify.routes.ts';

/** The "referrals" context: links, conversions and refunds, Shopify, commissions and payouts, reports. */
export const referralsApp = createApp()
  .route('/', linksRoutes)
  .route('/', conversionsRoutes)
  .route('/', salesRoutes)
  .route('/', payoutsRoutes)
  .route('/', shopifyRoutes);
