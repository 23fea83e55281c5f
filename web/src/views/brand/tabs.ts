import type { Tab } from '../../program-context.ts';
import { lazyBrandView } from './lazy.tsx';

/** The brand's tabs, in navigation order; each loads its code on first visit. */
export const brandTabs: Tab[] = [
  {
    id: 'sales',
    label: 'Sales',
    View: lazyBrandView(() => import('./sales.tsx').then((m) => m.SalesTab), 'Loading sales…'),
  },
  {
    id: 'commissions',
    label: 'Commissions',
    View: lazyBrandView(
      () => import('./commissions.tsx').then((m) => m.CommissionsTab),
      'Loading commissions…',
    ),
  },
  {
    id: 'integrations',
    label: 'Integrations',
    View: lazyBrandView(
      () => import('./integrations.tsx').then((m) => m.IntegrationsTab),
      'Loading integrations…',
    ),
  },
];
