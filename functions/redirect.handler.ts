import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { codeAttributesAt, REFERRAL_CODE_PATTERN } from '#shared/ambassadors/referral-code.ts';
import { newId } from '#shared/ids.ts';
import { env } from '#shared/platform/env.ts';
import { log } from '#shared/platform/log.ts';
import {
  fromLambdaContext,
  type LambdaContextLike,
  withRequestContext,
} from '#shared/platform/request-context.ts';
import { ORIGIN_HEADER, viaCloudFront } from '#shared/platform/secrets/origin-secret.store.ts';
import { clickHashKey } from '#shared/platform/secrets/secret.store.ts';
import { clickOf, recordClick } from '#shared/referrals/record-click.ts';
import { findRedirectTarget, findReferralCode, findTrackedLink } from '#shared/referrals/redirect.store.ts';
import { isBot, safeDestination } from '#shared/referrals/redirect-rules.ts';
import { visitorIp } from '#shared/referrals/visitor-ip.ts';

const SLUG_PATTERN = /^[a-z0-9-]{1,40}$/;

/**
 * A small per-container cache of found values only (a miss is asked again next time): a viral
 * code is looked up once per `ttlMs`, not per click.
 */
function cached<T>(load: (key: string) => Promise<T | undefined>, ttlMs: number) {
  const entries = new Map<string, { value: T; until: number }>();
  return async (key: string): Promise<T | undefined> => {
    const hit = entries.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = await load(key);
    if (entries.size > 10_000) entries.clear();
    if (value === undefined) entries.delete(key);
    else entries.set(key, { value, until: Date.now() + ttlMs });
    return value;
  };
}
// In AWS the key is read from Secrets Manager. Started at INIT without waiting for it, so it
// arrives while the first lookup runs and the cold start is no longer; a failed read is tried
// again by the first click that needs it.
clickHashKey().catch(() => undefined);

/** Short, so a suspension or a removed domain takes effect within seconds. */
const referralOf = cached(findReferralCode, env.REDIRECT_CACHE_MS);
const targetOf = cached(findRedirectTarget, env.REDIRECT_CACHE_MS * 3);
const linkOf = cached((key) => {
  const [code = '', slug = ''] = key.split('/');
  return findTrackedLink(code, slug);
}, env.REDIRECT_CACHE_MS * 3);

/** An answer in the one error shape (no framework here, so no error mapper: the same body by hand). */
const errorAnswer = (statusCode: number, code: string, message: string, requestId: string) => ({
  statusCode,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  body: JSON.stringify({ error: { code, message, requestId } }),
});
const notFound = (requestId: string) => errorAnswer(404, 'not_found', 'Unknown referral link', requestId);
/**
 * A dead or mistyped link opened in a browser: the code's public page on the dashboard, which
 * shows the ambassador's page where there is one and says in the reader's language that there is
 * none otherwise. Other clients (an API call, a link checker) get the 404 in the error shape.
 */
const deadLink = (event: APIGatewayProxyEventV2, code: string, requestId: string) =>
  /\btext\/html\b/.test(event.headers?.accept ?? '') && event.requestContext?.http?.method !== 'HEAD'
    ? {
        statusCode: 302,
        headers: {
          // Same origin: `/r/*` and the dashboard are served from one domain (CloudFront, or the
          // local gateway), and the redirect needs no address of its own.
          location: `/a/${encodeURIComponent(code)}`,
          'cache-control': 'no-store',
        },
      }
    : notFound(requestId);
/** A request that went around CloudFront, straight to the `execute-api` endpoint. */
const forbidden = (requestId: string) =>
  errorAnswer(403, 'forbidden', 'Referral links answer only through their own domain', requestId);

/**
 * GET|HEAD /r/{code} and /r/{code}/{slug} – 302 to the program's landing page (or the tracked
 * link's page) with `ref={code}` and `rid={clickId}`. No framework: this is the hot path.
 * Only https destinations on the program's allowed hosts are ever used. A suspended
 * ambassador's link, or a rotated code's once its grace ends, still reaches the page, without
 * attribution. Bots and HEAD requests are
 * redirected but not counted.
 */
export function handler(
  event: APIGatewayProxyEventV2,
  context?: LambdaContextLike,
): Promise<APIGatewayProxyStructuredResultV2> {
  const requestId = event.requestContext?.requestId ?? '';
  // Lambda's invocation id where API Gateway's is missing (never in AWS).
  return withRequestContext({ ...fromLambdaContext(context), requestId: requestId || undefined }, () =>
    redirect(event, requestId),
  );
}

async function redirect(
  event: APIGatewayProxyEventV2,
  requestId: string,
): Promise<APIGatewayProxyStructuredResultV2> {
  // Refused at once without the header; with one, a warm container answers from memory, and a
  // cold one waits for the secret read started at INIT alongside the code's lookup.
  const fromCloudFront = viaCloudFront(event.headers?.[ORIGIN_HEADER]);
  if (fromCloudFront === false) return forbidden(requestId);
  const code = (event.pathParameters?.code ?? '').toUpperCase();
  const slug = event.pathParameters?.slug;
  try {
    if (!REFERRAL_CODE_PATTERN.test(code) || (slug !== undefined && !SLUG_PATTERN.test(slug)))
      return (await fromCloudFront) ? deadLink(event, code, requestId) : forbidden(requestId);
    const [allowed, referral] = await Promise.all([fromCloudFront, referralOf(code)]);
    if (!allowed) return forbidden(requestId);
    const target = referral ? await targetOf(referral.programId) : undefined;
    if (!referral || !target) return deadLink(event, code, requestId);
    const link = slug ? await linkOf(`${code}/${slug}`) : undefined;
    if (slug && !link) return deadLink(event, code, requestId);
    // A link whose domain is no longer allowed falls back to the landing page.
    const location =
      (link && safeDestination(link.destination, target.landingUrl, target.allowedDomains)) ??
      new URL(target.landingUrl);

    // A suspended ambassador's code, or a rotated one past its grace, redirects without attribution.
    if (codeAttributesAt(referral, new Date().toISOString())) {
      const clickId = newId();
      location.searchParams.set('ref', code);
      location.searchParams.set('rid', clickId);
      const method = event.requestContext?.http?.method ?? 'GET';
      const userAgent = event.headers?.['user-agent'];
      if (method === 'GET' && !isBot(userAgent)) {
        const ip = visitorIp((name) => event.headers?.[name], event.requestContext?.http?.sourceIp);
        const visit = {
          clickId,
          referral,
          target,
          slug,
          challengeId: link?.challengeId,
          ip,
          userAgent,
          country: event.headers?.['cloudfront-viewer-country'],
          at: new Date(),
        };
        const click = clickHashKey().then((key) => clickOf(visit, key));
        await withRequestContext({ programId: referral.programId }, () => recordClick(clickId, click));
      }
    }
    return {
      statusCode: 302,
      headers: {
        location: location.toString(),
        'cache-control': 'private, no-store',
        'referrer-policy': 'origin',
      },
    };
  } catch (error) {
    log.error('redirect lookup failed', { requestId, error: String(error) });
    return errorAnswer(503, 'unavailable', 'Referral links are briefly unavailable; try again', requestId);
  }
}
