import type { Catalogue } from '../en/index.ts';
import { account } from './account.ts';
import { ambassadorHome } from './ambassadorHome.ts';
import { ambassadorPosts } from './ambassadorPosts.ts';
import { app } from './app.ts';
import { auth } from './auth.ts';
import { brandIntegrations } from './brandIntegrations.ts';
import { brandMoney } from './brandMoney.ts';
import { challengesAdmin } from './challengesAdmin.ts';
import { figures } from './figures.ts';
import { home } from './home.ts';
import { managerPeople } from './managerPeople.ts';
import { managerSettings } from './managerSettings.ts';
import { managerTabs } from './managerTabs.ts';
import { money } from './money.ts';
import { notifications } from './notifications.ts';
import { publicPages } from './public.ts';
import { review } from './review.ts';
import { rewardsAdmin } from './rewardsAdmin.ts';
import { sentences } from './sentences.ts';
import { teamAdmin } from './teamAdmin.ts';
import { ui } from './ui.ts';

/** The dashboard's words in German (Sie-form, as a brand's program addresses its members). */
export const de: Catalogue = {
  ...account,
  ...ambassadorHome,
  ...ambassadorPosts,
  ...app,
  ...auth,
  ...brandIntegrations,
  ...brandMoney,
  ...challengesAdmin,
  ...figures,
  ...home,
  ...managerPeople,
  ...managerSettings,
  ...managerTabs,
  ...money,
  ...notifications,
  ...publicPages,
  ...review,
  ...rewardsAdmin,
  ...sentences,
  ...teamAdmin,
  ...ui,
};
