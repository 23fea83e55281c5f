import { t } from '../../i18n/i18n.ts';
import type { Tab } from '../../program-context.ts';
import { lazyView } from '../../ui/lazy-view.tsx';
import { ChallengesTab } from './challenges-tab.tsx';
import { EarningsTab } from './earnings-tab.tsx';
import { GalleryTab } from './gallery-tab.tsx';
import { HomeTab } from './home-tab.tsx';
import { LeaderboardTab } from './leaderboard-tab.tsx';
import { NotificationsTab } from './notifications-tab.tsx';
import { PostsTab } from './posts-tab.tsx';

/** The ambassador's tabs, in navigation order. */
export const ambassadorTabs: Tab[] = [
  {
    id: 'home',
    get label() {
      return t('ambassadorPosts.tab.home');
    },
    View: HomeTab,
  },
  {
    id: 'challenges',
    get label() {
      return t('ambassadorPosts.tab.challenges');
    },
    View: ChallengesTab,
  },
  {
    id: 'posts',
    get label() {
      return t('ambassadorPosts.tab.posts');
    },
    View: PostsTab,
  },
  {
    id: 'rewards',
    get label() {
      return t('ambassadorPosts.tab.rewards');
    },
    View: lazyView(
      () => import('./rewards/index.tsx').then((m) => m.RewardsTab),
      () => t('ambassadorPosts.tab.rewards.loading'),
    ),
  },
  {
    id: 'earnings',
    get label() {
      return t('ambassadorPosts.tab.earnings');
    },
    View: EarningsTab,
  },
  {
    id: 'leaderboard',
    get label() {
      return t('ambassadorPosts.tab.leaderboard');
    },
    View: LeaderboardTab,
  },
  {
    id: 'gallery',
    get label() {
      return t('ambassadorPosts.tab.gallery');
    },
    View: GalleryTab,
  },
  {
    id: 'notifications',
    get label() {
      return t('ambassadorPosts.tab.notifications');
    },
    View: NotificationsTab,
  },
];
