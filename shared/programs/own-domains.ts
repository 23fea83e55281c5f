import { validationFailed } from '../errors.ts';

/**
 * Refuses an allowed domain that is a public suffix (co.uk, github.io, myshopify.com…): it
 * would admit every site under it. The public-suffix list (tldts, about 130 KB) is loaded on
 * the first check, so only a settings change pays for it, not every cold start.
 * @throws AppError validation_failed naming each such domain by its place in the list.
 */
export async function assertOwnDomains(domains: readonly string[] | undefined): Promise<void> {
  if (!domains?.length) return;
  const { getDomain } = await import('tldts');
  const issues = domains.flatMap((domain, index) =>
    getDomain(domain, { allowPrivateDomains: true }) === null
      ? [
          {
            path: `allowedDomains.${index}`,
            message:
              'An allowed domain must be a site of yours, not a public suffix such as co.uk or myshopify.com',
            code: 'custom',
          },
        ]
      : [],
  );
  if (issues.length > 0)
    throw validationFailed(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), {
      in: 'json',
      issues,
    });
}
