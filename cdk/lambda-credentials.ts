import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles (an esbuild alias):
 * Lambda puts the execution role's credentials in the environment, so the default chain's
 * other providers (SSO, INI files, IMDS, web identity and the STS clients they load) are dead
 * weight at cold start. Locally the handlers run unbundled, with the whole chain.
 */
export const defaultProvider = (init: Parameters<typeof fromEnv>[0] = {}) => fromEnv(init);

export const credentialsWillNeedRefresh = (): boolean => false;
export const credentialsTreatedAsExpired = (): boolean => false;
