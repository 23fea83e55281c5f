import { fromEnv } from '@aws-sdk/credential-provider-env';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import { env } from '../platform/env.ts';
import { SDK_TIMEOUTS } from '../platform/timeout-ladder.ts';

/**
 * Deletes objects of the media bucket with one signed DeleteObject request each: the SDK's own
 * SigV4 signer (in every bundle already, for DynamoDB) and `fetch`, as the secret store reads
 * Secrets Manager. Not the S3 client: loaded even lazily, it hoists some 50 KB of the SDK's core
 * into the cold start of the function (the privacy function, which deletes avatars, would pass its
 * 600 KB budget). A key already gone is no error (S3 answers 204 either way), so a repeat is safe.
 * Without a media bucket nothing was ever uploaded, and there is nothing to do.
 * @throws Error with S3's status when a delete is refused or fails.
 */
export async function deleteMediaObjects(objectKeys: readonly string[]): Promise<void> {
  const bucket = env.MEDIA_BUCKET;
  if (!bucket) return;
  const signer = new SignatureV4({
    service: 's3',
    region: env.AWS_REGION,
    credentials: fromEnv(),
    sha256: Sha256,
    // S3 signs the path as sent, not escaped twice (its one exception to SigV4's rule).
    uriEscapePath: false,
  });
  for (const key of objectKeys) {
    const path = key.split('/').map(encodeURIComponent).join('/');
    // Path style on the local stand-in (s3rver), virtual-hosted on AWS.
    const url = env.S3_ENDPOINT
      ? new URL(`${env.S3_ENDPOINT.replace(/\/+$/, '')}/${bucket}/${path}`)
      : new URL(`https://${bucket}.s3.${env.AWS_REGION}.amazonaws.com/${path}`);
    const signed = await signer.sign({
      method: 'DELETE',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      query: {},
      // No body: its hash is that of the empty string, which S3 requires as a header.
      headers: {
        host: url.host,
        'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
    });
    // fetch sets Host from the URL itself (the same value that was signed).
    const { host: _host, ...headers } = signed.headers;
    const response = await fetch(url, {
      method: 'DELETE',
      headers,
      // One attempt, bounded as one SDK attempt is; a failed deletion is retried as a whole.
      signal: AbortSignal.timeout(SDK_TIMEOUTS.requestTimeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok && response.status !== 404) {
      throw new Error(`DeleteObject failed: ${response.status}`);
    }
  }
}
