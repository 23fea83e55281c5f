import type { Tab } from '../../program-context.ts';

/** The manager's tabs, in navigation order. */
export const managerTabs: Tab[] = [];
