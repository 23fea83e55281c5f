import { signAwsRequest } from '../platform/aws-json-call.ts';
import { env } from '../platform/env.ts';
import { SDK_TIMEOUTS } from '../platform/timeout-ladder.ts';

/**
 * Deletes objects of the media bucket with one signed DeleteObject request each: the SDK's own
 * SigV4 signer (shared/platform/aws-json-call.ts, as the secret reads use it) and `fetch`. Not the S3 client: loaded even lazily, it hoists some 50 KB of the SDK's core
 * into the cold start of the function (the privacy function, which deletes avatars, would pass its
 * 600 KB budget). A key already gone is no error (S3 answers 204 either way), so a repeat is safe.
 * Without a media bucket nothing was ever uploaded, and there is nothing to do.
 * @throws Error with S3's status when a delete is refused or fails.
 */
export async function deleteMediaObjects(objectKeys: readonly string[]): Promise<void> {
  const bucket = env.MEDIA_BUCKET;
  if (!bucket) return;
  for (const key of objectKeys) {
    const path = key.split('/').map(encodeURIComponent).join('/');
    // Path style on the local stand-in (s3rver), virtual-hosted on AWS.
    const url = env.S3_ENDPOINT
      ? new URL(`${env.S3_ENDPOINT.replace(/\/+$/, '')}/${bucket}/${path}`)
      : new URL(`https://${bucket}.s3.${env.AWS_REGION}.amazonaws.com/${path}`);
    const signed = await signAwsRequest({
      service: 's3',
      region: env.AWS_REGION,
      method: 'DELETE',
      url,
      // No body: its hash is that of the empty string, which S3 requires as a header.
      headers: { 'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
      uriEscapePath: false,
    });
    // fetch sets Host from the URL itself (the same value that was signed).
    const { host: _host, ...headers } = signed;
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
