/**
 * The longest a post's fields may be, in UTF-16 code units as JavaScript's `length` counts them
 * (what zod's `max` checks). The server's schema and the dashboard's post form read these, so the
 * form refuses what the server would refuse, at the same length.
 */
export const SUBMISSION_LIMITS = {
  postUrl: 2048,
  caption: 5000,
  proofImageKey: 300,
} as const;
