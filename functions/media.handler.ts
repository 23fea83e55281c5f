import type { S3Event } from 'aws-lambda';
import { log } from '#shared/platform/log.ts';
import { withInvocation } from '#shared/platform/request-context.ts';
import { PROOF_PREFIX } from '#shared/uploads/image-type.ts';
import { makeThumbnail } from '#shared/uploads/make-thumbnail.service.ts';

/**
 * The thumbnailer: S3 invokes it for each object created under proofs/ in the media bucket (in
 * AWS a bucket notification; locally the runtime hands it s3rver's events). It writes each
 * image's resized copy under thumbs/ and nothing else. An upload that is no image is logged and
 * left without a thumbnail; a storage failure throws, and S3's asynchronous invocation retries.
 */
export const handler = withInvocation(async (event: S3Event) => {
  for (const record of event.Records) {
    if (!record.eventName.startsWith('ObjectCreated:')) continue;
    // Keys in S3 events are URL-encoded, with `+` for a space.
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    if (!key.startsWith(PROOF_PREFIX)) continue;
    const outcome = await makeThumbnail(key);
    if (outcome.made)
      log.info('thumbnail made', {
        key,
        thumbnail: outcome.key,
        width: outcome.width,
        height: outcome.height,
        bytes: outcome.bytes,
      });
    else log.warn('no thumbnail', { key, reason: outcome.reason });
  }
});
