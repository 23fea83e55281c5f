import type { Tab } from '../../program-context.ts';
import { lazyView } from '../../ui/lazy-view.tsx';

/** The manager's tabs, in navigation order. Each loads its code on first visit. */
export const managerTabs: Tab[] = [
  {
    id: 'applications',
    label: 'Applications',
    View: lazyView(
      () => import('./applications.tsx').then((m) => m.ApplicationsView),
      'Loading applications…',
    ),
  },
  {
    id: 'review',
    label: 'Review',
    View: lazyView(() => import('./review.tsx').then((m) => m.ReviewView), 'Loading the review queue…'),
  },
  {
    id: 'figures',
    label: 'Figures',
    View: lazyView(() => import('./figures.tsx').then((m) => m.FiguresView), 'Loading figures…'),
  },
  {
    id: 'challenges',
    label: 'Challenges',
    View: lazyView(
      () => import('./challenges/index.tsx').then((m) => m.ChallengesView),
      'Loading challenges…',
    ),
  },
  {
    id: 'rewards',
    label: 'Rewards',
    View: lazyView(() => import('./rewards/index.tsx').then((m) => m.RewardsView), 'Loading rewards…'),
  },
  {
    id: 'content',
    label: 'Content',
    View: lazyView(
      () => import('../brand/content/index.tsx').then((m) => m.ContentTab),
      'Loading the library…',
    ),
  },
  {
    id: 'analytics',
    label: 'Analytics',
    View: lazyView(() => import('./analytics.tsx').then((m) => m.AnalyticsView), 'Loading analytics…'),
  },
  {
    id: 'settings',
    label: 'Settings',
    View: lazyView(() => import('./settings/index.tsx').then((m) => m.SettingsView), 'Loading settings…'),
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
