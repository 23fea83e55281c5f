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

/**
 * The dashboard's words in English: the source every other language translates, one module per
 * area of the dashboard. Keys are `area.what`; values are ICU MessageFormat (`{name}`,
 * `{count, plural, one {…} other {…}}`, `<link>…</link>` for words the code wraps in an element).
 * A message is a whole sentence, never glued from pieces, so a translation may reorder it.
 */
export const en = {
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
} as const;

export type MessageKey = keyof typeof en;
/** A language's catalogue: every key English has, no other. */
export type Catalogue = Record<MessageKey, string>;
