import { createApp } from '../http/create-app.ts';
import { webhooksRoutes } from './webhooks.routes.ts';

/** The "webhooks" context: a program's outbound endpoints, their secrets and delivery logs. */
export const webhooksApp = createApp().route('/', webhooksRoutes);
