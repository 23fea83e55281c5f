import type { Tab } from '../../program-context.ts';
import { lazyView } from '../../ui/lazy-view.tsx';

/** The brand's tabs, in navigation order; each loads its code on first visit. */
export const brandTabs: Tab[] = [
  {
    id: 'sales',
    label: 'Sales',
    View: lazyView(() => import('./sales.tsx').then((m) => m.SalesTab), 'Loading sales…'),
  },
  {
    id: 'commissions',
    label: 'Commissions',
    View: lazyView(() => import('./commissions.tsx').then((m) => m.CommissionsTab), 'Loading commissions…'),
  },
  {
    id: 'payouts',
    label: 'Payouts',
    View: lazyView(() => import('./payouts.tsx').then((m) => m.PayoutsTab), 'Loading payouts…'),
  },
  {
    id: 'content',
    label: 'Content',
    View: lazyView(() => import('./content/index.tsx').then((m) => m.ContentTab), 'Loading the library…'),
  },
  {
    id: 'integrations',
    label: 'Integrations',
    View: lazyView(
      () => import('./integrations/index.tsx').then((m) => m.IntegrationsTab),
      'Loading integrations…',
    ),
  },
  {
    id: 'notifications',
    label: 'Notifications',
    View: lazyView(
      () => import('../team/notifications-tab.tsx').then((m) => m.TeamNotificationsTab),
      'Loading notifications…',
    ),
  },
];
