import { t } from '../../i18n/i18n.ts';
import type { Tab } from '../../program-context.ts';
import { lazyView } from '../../ui/lazy-view.tsx';

/** The manager's tabs, in navigation order. Each loads its code on first visit. */
export const managerTabs: Tab[] = [
  {
    id: 'applications',
    get label() {
      return t('managerTabs.applications');
    },
    View: lazyView(
      () => import('./applications.tsx').then((m) => m.ApplicationsView),
      () => t('managerTabs.applications.loading'),
    ),
  },
  {
    id: 'review',
    get label() {
      return t('managerTabs.review');
    },
    View: lazyView(
      () => import('./review.tsx').then((m) => m.ReviewView),
      () => t('managerTabs.review.loading'),
    ),
  },
  {
    id: 'figures',
    get label() {
      return t('managerTabs.figures');
    },
    View: lazyView(
      () => import('./figures.tsx').then((m) => m.FiguresView),
      () => t('managerTabs.figures.loading'),
    ),
  },
  {
    id: 'challenges',
    get label() {
      return t('managerTabs.challenges');
    },
    View: lazyView(
      () => import('./challenges/index.tsx').then((m) => m.ChallengesView),
      () => t('managerTabs.challenges.loading'),
    ),
  },
  {
    id: 'rewards',
    get label() {
      return t('managerTabs.rewards');
    },
    View: lazyView(
      () => import('./rewards/index.tsx').then((m) => m.RewardsView),
      () => t('managerTabs.rewards.loading'),
    ),
  },
  {
    id: 'content',
    get label() {
      return t('managerTabs.content');
    },
    View: lazyView(
      () => import('../brand/content/index.tsx').then((m) => m.ContentTab),
      () => t('managerTabs.content.loading'),
    ),
  },
  {
    id: 'analytics',
    get label() {
      return t('managerTabs.analytics');
    },
    View: lazyView(
      () => import('./analytics.tsx').then((m) => m.AnalyticsView),
      () => t('managerTabs.analytics.loading'),
    ),
  },
  {
    id: 'settings',
    get label() {
      return t('managerTabs.settings');
    },
    View: lazyView(
      () => import('./settings/index.tsx').then((m) => m.SettingsView),
      () => t('managerTabs.settings.loading'),
    ),
  },
  {
    id: 'notifications',
    get label() {
      return t('managerTabs.notifications');
    },
    View: lazyView(
      () => import('../team/notifications-tab.tsx').then((m) => m.TeamNotificationsTab),
      () => t('managerTabs.notifications.loading'),
    ),
  },
];
