import { createApp } from '../http/create-app.ts';
import { privacyRoutes } from './privacy.routes.ts';

/** The "privacy" context: the data export and account deletion. */
export const privacyApp = createApp().route('/', privacyRoutes);
