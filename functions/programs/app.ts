import { createApp } from '../http/create-app.ts';
import { ambassadorsRoutes } from './ambassadors.routes.ts';
import { meRoutes } from './me.routes.ts';
import { programsRoutes } from './programs.routes.ts';

/** The "programs and ambassadors" context: one Lambda, one Hono app. */
export const programsApp = createApp()
  .route('/', meRoutes)
  .route('/', programsRoutes)
  .route('/', ambassadorsRoutes);
