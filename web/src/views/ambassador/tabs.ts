import type { Tab } from '../../program-context.ts';

/** The ambassador's tabs, in navigation order. */
export const ambassadorTabs: Tab[] = [];
