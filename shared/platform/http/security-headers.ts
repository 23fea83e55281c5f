/**
 * The dashboard's security headers, in one place: CloudFront's response headers policy sets
 * them in AWS, and the local gateway sends the same with the web files, so the browser tests
 * run the dashboard under the policy it has in production.
 */

/**
 * Only the dashboard's own scripts and styles; API calls to its own origin, to Cognito and to
 * the media bucket (presigned image uploads go straight there); images from its origin, data
 * URIs (the favicon) and https (presigned proof images); the app's own manifest and service
 * worker; never framed (clickjacking), no plugins, no other base or form target.
 */
export function contentSecurityPolicy(connectOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    ['connect-src', "'self'", ...connectOrigins].join(' '),
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Cognito's user-pool endpoint for a region, which the dashboard calls to sign in. */
export const cognitoOrigin = (region: string) => `https://cognito-idp.${region}.amazonaws.com`;

/** The headers every dashboard file carries (HSTS is CloudFront's: it has no meaning over local http). */
export function dashboardHeaders(cognitoOrigins: readonly string[] = []): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(cognitoOrigins),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
  };
}
