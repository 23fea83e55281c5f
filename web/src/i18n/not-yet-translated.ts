/**
 * The dashboard's files that still show words of their own rather than the catalogues'. The
 * catalogue test passes over them, and fails once one is translated and still listed: this list
 * only shrinks, to empty.
 */
export const NOT_YET_TRANSLATED: readonly string[] = [
];
