import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { HTTPS_ONLY } from '../https-link.ts';

/** A host's addresses, as DNS gives them. Injected in tests, where a name's answer changes. */
export type Resolver = (host: string) => Promise<string[]>;

/** The system's resolver (getaddrinfo): every address, IPv4 and IPv6, in its own order. */
export const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

export type DestinationProblem = 'not_https' | 'bad_url' | 'private_address' | 'unresolvable';

export type Destination =
  | { ok: true; url: URL; address: string; family: 4 | 6 }
  | { ok: false; problem: DestinationProblem; message: string };

/**
 * Whether an address is one a webhook may reach: ordinary public unicast only. Loopback,
 * private, link-local (the metadata service at 169.254.169.254 among them), carrier-grade NAT,
 * multicast, reserved, documentation, NAT64 and 6to4 ranges are all refused, and an IPv4
 * address written as IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address it is. Locally,
 * `allowLoopback` lets a receiver on this machine in.
 */
export function addressAllowed(address: string, allowLoopback: boolean): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  return range === 'unicast' || (allowLoopback && range === 'loopback');
}

const refused = (problem: DestinationProblem, message: string): Destination => ({
  ok: false,
  problem,
  message,
});

/**
 * Checks where a webhook would go, resolving its host now: at creation, and again before every
 * attempt, so a name that later resolves somewhere private is caught. The request then connects
 * to the very address checked here (no second lookup for a DNS change to slip into).
 * https only; with `allowLoopback` (local development), plain http to this machine too.
 */
export async function checkDestination(
  raw: string,
  options: { allowLoopback: boolean; resolve?: Resolver },
): Promise<Destination> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refused('bad_url', 'That is not a URL');
  }
  if (url.username !== '' || url.password !== '')
    return refused('bad_url', 'A URL must not carry credentials');
  if (url.protocol !== 'https:' && !(options.allowLoopback && url.protocol === 'http:'))
    return refused('not_https', HTTPS_ONLY);
  // new URL() has already normalised 2130706433, 0x7f.1 and the like to 127.0.0.1; IPv6 keeps its brackets.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (ipaddr.isValid(host)) addresses = [host];
  else {
    try {
      addresses = await (options.resolve ?? systemResolver)(host);
    } catch {
      return refused('unresolvable', `${host} does not resolve`);
    }
    if (addresses.length === 0) return refused('unresolvable', `${host} does not resolve`);
  }
  // Every address must be allowed: a name answering one public and one private address could be sent either.
  if (!addresses.every((address) => addressAllowed(address, options.allowLoopback)))
    return refused(
      'private_address',
      'Webhook URLs must reach a public address: loopback, private, link-local and reserved ones are refused',
    );
  const loopbackOnly = addresses.every((address) => ipaddr.parse(address).range() === 'loopback');
  if (url.protocol === 'http:' && !loopbackOnly) return refused('not_https', HTTPS_ONLY);
  const address = addresses[0] as string;
  return { ok: true, url, address, family: ipaddr.parse(address).kind() === 'ipv6' ? 6 : 4 };
}
