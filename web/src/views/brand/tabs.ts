import { t } from '../../i18n/i18n.ts';
import type { Tab } from '../../program-context.ts';
import { lazyView } from '../../ui/lazy-view.tsx';

/** The brand's tabs, in navigation order; each loads its code on first visit. */
export const brandTabs: Tab[] = [
  {
    id: 'sales',
    get label() {
      return t('brandIntegrations.tabs.sales');
    },
    View: lazyView(
      () => import('./sales.tsx').then((m) => m.SalesTab),
      () => t('brandIntegrations.tabs.sales.loading'),
    ),
  },
  {
    id: 'commissions',
    get label() {
      return t('brandIntegrations.tabs.commissions');
    },
    View: lazyView(
      () => import('./commissions.tsx').then((m) => m.CommissionsTab),
      () => t('brandIntegrations.tabs.commissions.loading'),
    ),
  },
  {
    id: 'payouts',
    get label() {
      return t('brandIntegrations.tabs.payouts');
    },
    View: lazyView(
      () => import('./payouts.tsx').then((m) => m.PayoutsTab),
      () => t('brandIntegrations.tabs.payouts.loading'),
    ),
  },
  {
    id: 'content',
    get label() {
      return t('brandIntegrations.tabs.content');
    },
    View: lazyView(
      () => import('./content/index.tsx').then((m) => m.ContentTab),
      () => t('brandIntegrations.content.loading'),
    ),
  },
  {
    id: 'integrations',
    get label() {
      return t('brandIntegrations.tabs.integrations');
    },
    View: lazyView(
      () => import('./integrations/index.tsx').then((m) => m.IntegrationsTab),
      () => t('brandIntegrations.tabs.integrations.loading'),
    ),
  },
  {
    id: 'notifications',
    get label() {
      return t('brandIntegrations.tabs.notifications');
    },
    View: lazyView(
      () => import('../team/notifications-tab.tsx').then((m) => m.TeamNotificationsTab),
      () => t('brandIntegrations.tabs.notifications.loading'),
    ),
  },
];
