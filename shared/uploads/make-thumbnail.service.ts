import sharp from 'sharp';
import { signatureProblem } from './image-check.ts';
import {
  MAX_PROOF_IMAGE_BYTES,
  PROOF_IMAGE_TYPES,
  type ProofImageType,
  thumbnailKeyFor,
} from './image-type.ts';
import { putThumbnail, readStoredImage } from './proof-image.store.ts';

/** The longest side of a thumbnail, in pixels: sharp at twice the review queue's 240 px. */
export const THUMBNAIL_MAX_SIDE = 480;
/**
 * Pixels an upload may have to be decoded at all: a 5 MB file can still be a "decompression
 * bomb" (a 30,000 × 30,000 PNG of one colour). 50 MP is above any phone's photo or screenshot.
 */
const MAX_INPUT_PIXELS = 50_000_000;

export type ThumbnailOutcome =
  | { made: true; key: string; width: number; height: number; bytes: number }
  | { made: false; reason: string };

/**
 * Resizes image bytes to a thumbnail: the longest side at most {@link THUMBNAIL_MAX_SIDE} px
 * (never enlarged), turned upright by its EXIF orientation, as WebP, without the original's
 * metadata (a photo's location stays out of the copy people see).
 * @throws Error from sharp for bytes it cannot decode.
 */
export async function resizeToThumbnail(bytes: Uint8Array) {
  return sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    .autoOrient()
    .resize({
      width: THUMBNAIL_MAX_SIDE,
      height: THUMBNAIL_MAX_SIDE,
      fit: 'inside',
      withoutEnlargement: true,
    })
    .webp({ quality: 75 })
    .toBuffer({ resolveWithObject: true });
}

/**
 * Makes the thumbnail of one uploaded image, once it is stored: checks again that it is the
 * JPEG, PNG or WebP of at most 5 MB it was declared as (its first bytes), then writes the resized
 * copy under thumbs/. An upload that is not an image gets no thumbnail, and says why; it is not
 * an error (nothing would change on a retry), and the API refuses it when its key is used.
 * @throws Error when storage fails (worth a retry).
 */
export async function makeThumbnail(key: string): Promise<ThumbnailOutcome> {
  const thumbnailKey = thumbnailKeyFor(key);
  if (!thumbnailKey) return { made: false, reason: 'not a proof image key' };
  const stored = await readStoredImage(key);
  if (!(stored.contentType in PROOF_IMAGE_TYPES) || stored.bytes.length > MAX_PROOF_IMAGE_BYTES)
    return { made: false, reason: 'not a JPEG, PNG or WebP image of at most 5 MB' };
  const problem = signatureProblem(stored.contentType as ProofImageType, stored.bytes);
  if (problem) return { made: false, reason: problem };
  let resized: Awaited<ReturnType<typeof resizeToThumbnail>>;
  try {
    resized = await resizeToThumbnail(stored.bytes);
  } catch (error) {
    // The signature was right but the image is not (truncated, corrupt, too many pixels).
    return { made: false, reason: `the image could not be decoded: ${(error as Error).message}` };
  }
  await putThumbnail(thumbnailKey, resized.data);
  return {
    made: true,
    key: thumbnailKey,
    width: resized.info.width,
    height: resized.info.height,
    bytes: resized.info.size,
  };
}
