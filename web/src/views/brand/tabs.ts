import type { Tab } from '../../program-context.ts';

/** The brand's tabs, in navigation order. */
export const brandTabs: Tab[] = [];
