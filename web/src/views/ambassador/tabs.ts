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
  { id: 'home', label: 'Home', View: HomeTab },
  { id: 'challenges', label: 'Challenges', View: ChallengesTab },
  { id: 'posts', label: 'My posts', View: PostsTab },
  {
    id: 'rewards',
    label: 'Rewards',
    View: lazyView(() => import('./rewards/index.tsx').then((m) => m.RewardsTab), 'Loading rewards…'),
  },
  { id: 'earnings', label: 'Earnings', View: EarningsTab },
  { id: 'leaderboard', label: 'Leaderboard', View: LeaderboardTab },
  { id: 'gallery', label: 'Gallery', View: GalleryTab },
  { id: 'notifications', label: 'Notifications', View: NotificationsTab },
];
