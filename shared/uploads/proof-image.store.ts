import type { S3Client } from '@aws-sdk/client-s3';
import { AppError, validationFailed } from '../errors.ts';
import { newId } from '../ids.ts';
import { env } from '../platform/env.ts';
import { log } from '../platform/log.ts';
import { SDK_TIMEOUTS, sdkRequestHandler } from '../platform/timeout-ladder.ts';
import {
  MAX_PROOF_IMAGE_BYTES,
  PROOF_IMAGE_TYPES,
  PROOF_PREFIX,
  type ProofImageType,
  thumbnailKeyFor,
} from './image-type.ts';

const UPLOAD_SECONDS = 600;
const VIEW_SECONDS = 3600;

let client: S3Client | undefined;

/** The S3 client and presigner load only when an image is involved, off every other cold start. */
async function s3() {
  const sdk = await import('@aws-sdk/client-s3');
  const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
  client ??= new sdk.S3Client({
    region: env.AWS_REGION,
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT, forcePathStyle: true } : {}),
    // HeadObject runs inside an API request: bounded like DynamoDB (shared/platform/timeout-ladder.ts).
    maxAttempts: SDK_TIMEOUTS.maxAttempts,
    requestHandler: sdkRequestHandler(),
  });
  return { sdk, client, getSignedUrl };
}

function bucket(): string {
  if (!env.MEDIA_BUCKET)
    throw new AppError('unavailable', 'Image uploads are not configured on this deployment');
  return env.MEDIA_BUCKET;
}

const prefix = (programId: string, userId: string) => `${PROOF_PREFIX}${programId}/${userId}/`;

/**
 * A presigned upload for one proof image: the browser PUTs the bytes straight to storage with
 * the given headers before the URL expires; the API never carries the image.
 */
export async function createProofUpload(
  programId: string,
  userId: string,
  contentType: ProofImageType,
  size: number,
) {
  const { sdk, client, getSignedUrl } = await s3();
  const key = `${prefix(programId, userId)}${newId()}.${PROOF_IMAGE_TYPES[contentType]}`;
  const uploadUrl = await getSignedUrl(
    client,
    new sdk.PutObjectCommand({ Bucket: bucket(), Key: key, ContentType: contentType, ContentLength: size }),
    { expiresIn: UPLOAD_SECONDS },
  );
  return {
    key,
    uploadUrl,
    method: 'PUT' as const,
    headers: { 'content-type': contentType },
    expiresAt: new Date(Date.now() + UPLOAD_SECONDS * 1000).toISOString(),
  };
}

/**
 * Checks that a proof-image key is the caller's own upload in this program, that it arrived as
 * an image within the size cap, and that its first bytes are the image it was declared as (a
 * text file PUT as `image/png` is refused). One ranged GET reads all three.
 * @throws AppError `validation_failed`.
 */
export async function assertProofImage(
  key: string,
  programId: string,
  userId: string,
  field = 'proofImageKey',
): Promise<void> {
  if (!key.startsWith(prefix(programId, userId)) || !/^[\w/.-]+$/.test(key)) {
    throw validationFailed(`${field}: use the key your upload returned`, { field });
  }
  const [{ sdk, client }, check] = await Promise.all([s3(), import('./image-check.ts')]);
  let problem: string | undefined;
  try {
    const object = await client.send(
      new sdk.GetObjectCommand({ Bucket: bucket(), Key: key, Range: `bytes=0-${check.SIGNATURE_BYTES - 1}` }),
    );
    const type = object.ContentType ?? '';
    // `bytes 0-11/48213`: the whole object's size is after the slash.
    const size = Number(object.ContentRange?.split('/')[1] ?? object.ContentLength);
    problem =
      !(type in PROOF_IMAGE_TYPES) || !(size <= MAX_PROOF_IMAGE_BYTES)
        ? 'the upload is not a JPEG, PNG or WebP image of at most 5 MB'
        : check.signatureProblem(
            type as ProofImageType,
            (await object.Body?.transformToByteArray()) ?? new Uint8Array(),
          );
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    // S3 answers 403, not 404, for a missing key when the caller may not list the bucket.
    if (status === 404 || status === 403) {
      throw validationFailed(`${field}: nothing was uploaded there yet; upload the image first`, { field });
    }
    throw error;
  }
  if (problem) throw validationFailed(`${field}: ${problem}`, { field });
}

/** A short-lived link for a reviewer to see a proof image. */
export async function proofImageUrl(key: string): Promise<string> {
  const { sdk, client, getSignedUrl } = await s3();
  return getSignedUrl(client, new sdk.GetObjectCommand({ Bucket: bucket(), Key: key }), {
    expiresIn: VIEW_SECONDS,
  });
}

/**
 * A short-lived link to a proof image's thumbnail, or undefined while it is not there yet (the
 * thumbnailer runs after the upload, a moment later): never the original in its place. One
 * HeadObject; the link is signed locally. A failed look-up is logged and shows no thumbnail: the
 * page it is on (the review queue, the gallery, the library) still answers.
 */
export async function thumbnailUrlFor(proofImageKey: string): Promise<string | undefined> {
  const key = thumbnailKeyFor(proofImageKey);
  if (!key) return undefined;
  const { sdk, client, getSignedUrl } = await s3();
  try {
    await client.send(new sdk.HeadObjectCommand({ Bucket: bucket(), Key: key }));
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    // S3 answers 403, not 404, for a missing key when the caller may not list the bucket.
    if (status !== 404 && status !== 403) log.warn('thumbnail look-up failed', { key, error: String(error) });
    return undefined;
  }
  return getSignedUrl(client, new sdk.GetObjectCommand({ Bucket: bucket(), Key: key }), {
    expiresIn: VIEW_SECONDS,
  });
}

/** A stored image whole, as the thumbnailer reads it: the type it was stored as, and its bytes. */
export async function readStoredImage(key: string): Promise<{ contentType: string; bytes: Uint8Array }> {
  const { sdk, client } = await s3();
  const object = await client.send(new sdk.GetObjectCommand({ Bucket: bucket(), Key: key }));
  return {
    contentType: object.ContentType ?? '',
    bytes: (await object.Body?.transformToByteArray()) ?? new Uint8Array(),
  };
}

/** Writes a thumbnail (WebP) under its key. */
export async function putThumbnail(key: string, bytes: Uint8Array): Promise<void> {
  const { sdk, client } = await s3();
  await client.send(
    new sdk.PutObjectCommand({ Bucket: bucket(), Key: key, Body: bytes, ContentType: 'image/webp' }),
  );
}
