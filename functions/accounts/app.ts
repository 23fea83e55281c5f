import { createApp } from '../http/create-app.ts';
import { profileRoutes } from './profile.routes.ts';
import { publicPageRoutes } from './public-page.routes.ts';

/** The "accounts" context: a person's profile, and an ambassador's public page. */
export const accountsApp = createApp().route('/', profileRoutes).route('/', publicPageRoutes);
