/**
 * The redirect's pure rules: where a link may go, who counts as a bot, and how a visitor is
 * recognised without storing who they are. No I/O, no framework: this runs on the hot path.
 */

/** The hosts a program's links may lead to: its landing page's host and its allowed domains (with subdomains). */
export function isAllowedDestination(
  destination: URL,
  landingUrl: string,
  allowedDomains: readonly string[],
): boolean {
  if (destination.protocol !== 'https:' || destination.username || destination.password || destination.port)
    return false;
  const host = destination.hostname.toLowerCase();
  const landingHost = new URL(landingUrl).hostname.toLowerCase();
  if (host === landingHost) return true;
  return allowedDomains.some((domain) => {
    const d = domain.toLowerCase();
    return host === d || host.endsWith(`.${d}`);
  });
}

/**
 * Parses and checks a stored or submitted destination; undefined when it may not be used.
 * Any input that is not an https URL on an allowed host is refused, whatever its encoding.
 */
export function safeDestination(
  raw: string,
  landingUrl: string,
  allowedDomains: readonly string[],
): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  return isAllowedDestination(url, landingUrl, allowedDomains) ? url : undefined;
}

const BOT_PATTERN =
  /bot|crawl|spider|slurp|preview|fetch|monitor|scan|headless|curl|wget|python-requests|axios|go-http-client|java\/|okhttp|libwww|httpclient|facebookexternalhit|whatsapp|telegram|discord|embedly|quora link|outbrain|pinterest|vkshare|w3c_validator|lighthouse|pingdom|uptime/i;

/** Link unfurlers, crawlers, scripts and empty user agents do not count as clicks. */
export function isBot(userAgent: string | undefined): boolean {
  const ua = (userAgent ?? '').trim();
  return ua.length < 10 || BOT_PATTERN.test(ua);
}

/** The hour a click falls in (UTC), the unit of "one counted click per visitor per link per hour". */
export function hourBucket(at: Date): string {
  return at.toISOString().slice(0, 13);
}
