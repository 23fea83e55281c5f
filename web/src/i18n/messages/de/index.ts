import type { Catalogue } from '../en/index.ts';
import { account } from './account.ts';
import { app } from './app.ts';
import { auth } from './auth.ts';
import { home } from './home.ts';
import { notifications } from './notifications.ts';
import { publicPages } from './public.ts';
import { ui } from './ui.ts';

/** The dashboard's words in German (Sie-form, as a brand's program addresses its members). */
export const de: Catalogue = {
  ...account,
  ...app,
  ...auth,
  ...home,
  ...notifications,
  ...publicPages,
  ...ui,
};
