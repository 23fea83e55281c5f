import type { Catalogue } from '../en/index.ts';
import { account } from './account.ts';
import { app } from './app.ts';
import { auth } from './auth.ts';
import { challengesAdmin } from './challengesAdmin.ts';
import { figures } from './figures.ts';
import { managerTabs } from './managerTabs.ts';
import { money } from './money.ts';
import { review } from './review.ts';
import { rewardsAdmin } from './rewardsAdmin.ts';
import { teamAdmin } from './teamAdmin.ts';

/** The dashboard's words in German (Sie-form, as a brand's program addresses its members). */
export const de: Catalogue = {
  ...account,
  ...app,
  ...auth,
  ...challengesAdmin,
  ...figures,
  ...managerTabs,
  ...money,
  ...review,
  ...rewardsAdmin,
  ...teamAdmin,
};
