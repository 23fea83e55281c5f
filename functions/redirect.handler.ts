import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { REFERRAL_CODE_PATTERN } from '#shared/ambassadors/referral-code.ts';
import { log } from '#shared/log.ts';
import { findLandingUrl, findReferralCode } from '#shared/referrals/referral-code.store.ts';

const CACHE_MS = 60_000;
const landingCache = new Map<string, { url: string | undefined; until: number }>();

async function landingUrlOf(programId: string): Promise<string | undefined> {
  const cached = landingCache.get(programId);
  if (cached && cached.until > Date.now()) return cached.url;
  const url = await findLandingUrl(programId);
  landingCache.set(programId, { url, until: Date.now() + CACHE_MS });
  return url;
}

const errorResult = (statusCode: number, code: string, message: string, requestId: string) => ({
  statusCode,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  body: JSON.stringify({ error: { code, message, requestId } }),
});

/**
 * GET /r/{code} – 302 to the program's landing page with `ref={code}`. No framework: this is
 * the hot path. A suspended ambassador's code still reaches the shop, without attribution.
 */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const requestId = event.requestContext?.requestId ?? '';
  const code = (event.pathParameters?.code ?? '').toUpperCase();
  if (!REFERRAL_CODE_PATTERN.test(code))
    return errorResult(404, 'not_found', 'Unknown referral code', requestId);
  try {
    const referral = await findReferralCode(code);
    const landing = referral ? await landingUrlOf(referral.programId) : undefined;
    if (!referral || !landing) return errorResult(404, 'not_found', 'Unknown referral code', requestId);
    const location = new URL(landing);
    if (referral.active) location.searchParams.set('ref', code);
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
    return errorResult(503, 'unavailable', 'Referral links are briefly unavailable; try again', requestId);
  }
}
