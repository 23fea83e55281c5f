import { createApp } from '../http/create-app.ts';
import { ambassadorsRoutes } from './ambassadors.routes.ts';
import { meRoutes } from './me.routes.ts';
import { programsRoutes } from './programs.routes.ts';
import { teamRoutes } from './team.routes.ts';

/** The "programs and ambassadors" context: one Lambda, one Hono app. */
export const programsApp = createApp()
  .route('/', meRoutes)
  .route('/', programsRoutes)
  .route('/', ambassadorsRoutes)
  .route('/', teamRoutes);
