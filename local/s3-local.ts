import { mkdirSync } from 'node:fs';
import type { S3Event } from 'aws-lambda';
import S3rver from 's3rver';
import type { RunningService } from './dynamo-local.ts';

/** Lets a browser on any local origin PUT to presigned URLs, as the media bucket's CORS rule does in AWS. */
const CORS = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod><AllowedHeader>*</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;

/** s3rver knows one account; the local Lambda environment signs with it (DynamoDB Local and cognito-local take any). */
export const S3RVER_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' } as const;

export type RunningS3 = RunningService & {
  /** Calls `listener` with each S3-shaped event s3rver emits (an object put, copied or deleted). */
  onEvent: (listener: (event: S3Event) => void) => void;
};

/**
 * Starts s3rver, an S3-compatible stand-in, with the media bucket. The same presigning and
 * HeadObject code runs against it as against S3. It does not check signatures: expiry and
 * tampering are S3's to enforce, and only in AWS. Its events stand in for the bucket's
 * notifications (local/s3-events.ts).
 */
export async function startS3Local(options: { directory: string; bucket: string }): Promise<RunningS3> {
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    // Port 0: the OS picks a free one at bind time, so no other service can race us for it.
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: options.directory,
    configureBuckets: [{ name: options.bucket, configs: [CORS] }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () => server.close(),
    onEvent: (listener) => {
      server.on('event', listener);
    },
  };
}
