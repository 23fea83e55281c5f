/**
 * The periods and rows of the report rollups (see `keys.rollup`): a period is a UTC day, its
 * month or all time; a row is the program's total, one ambassador or one challenge.
 */
export const ROLLUP = {
  day: (day: string) => `D${day}`,
  month: (month: string) => `M${month}`,
  allTime: 'ALL',
  total: 'TOTAL',
  ambassador: (userId: string) => `A#${userId}`,
  challenge: (challengeId: string) => `C#${challengeId}`,
  ambassadorPrefix: 'A#',
  challengePrefix: 'C#',
} as const;

/** `-`: the row of sales that came through no challenge's link. */
export const NO_CHALLENGE = '-';
