/**
 * One rule for every link a person gives Embassy (a post, a landing page, terms, a tracking
 * link, a webhook, a referral link's destination): it must start with `https://`. A plain
 * `http://` link is refused with {@link HTTPS_ONLY}, never upgraded behind the person's back; the
 * dashboard adds `https://` to an address typed without any scheme (`example.com/x`).
 * Plain TS with no dependencies: the server's schemas and the dashboard both read it.
 */
export const HTTPS_ONLY = 'Use a link that starts with https://';

/** Whether the text, as typed, is a plain `http://` link (any case, spaces around it ignored). */
export function isPlainHttp(text: string): boolean {
  return /^http:\/\//i.test(text.trim());
}
