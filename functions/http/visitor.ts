import type { Context } from 'hono';
import type { Visitor } from '#shared/referrals/ambassador-device.store.ts';
import { visitorIp } from '#shared/referrals/visitor-ip.ts';
import type { AppEnv } from './app-env.ts';

/** Who is asking, as the redirect sees a clicker: the edge's view of the IP, and the user agent. */
export function visitorOf(c: Context<AppEnv>): Visitor {
  const event = c.env?.event as { requestContext?: { http?: { sourceIp?: string } } } | undefined;
  return {
    ip: visitorIp((name) => c.req.header(name), event?.requestContext?.http?.sourceIp),
    userAgent: c.req.header('user-agent'),
  };
}
