import { createApp } from '../http/create-app.ts';
import { conversionsRoutes } from './conversions.routes.ts';
import { linksRoutes } from './links.routes.ts';

/** The "referrals and conversions" context: links now; conversions, commissions and reports next. */
export const referralsApp = createApp().route('/', linksRoutes).route('/', conversionsRoutes);
