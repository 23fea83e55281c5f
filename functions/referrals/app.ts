import { createApp } from '../http/create-app.ts';
import { conversionsRoutes } from './conversions.routes.ts';
import { linksRoutes } from './links.routes.ts';
import { salesRoutes } from './sales.routes.ts';

/** The "referrals" context: links, conversions and refunds, commissions and payouts, reports. */
export const referralsApp = createApp()
  .route('/', linksRoutes)
  .route('/', conversionsRoutes)
  .route('/', salesRoutes);
