/**
 * The images Embassy takes: proof images, insights screenshots and reward pictures. What a file
 * is checked against (its name, its first bytes) is in ./image-check.ts, loaded only when an
 * image is involved.
 */

/** Each accepted type and the extension its stored key gets. */
export const PROOF_IMAGE_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;
export type ProofImageType = keyof typeof PROOF_IMAGE_TYPES;
export const MAX_PROOF_IMAGE_BYTES = 5 * 1024 * 1024;

/** Where uploads go, under `{program}/{user}/`; the thumbnailer is fed by what arrives here. */
export const PROOF_PREFIX = 'proofs/';
/** Where the thumbnailer writes: apart from proofs/, so a thumbnail never feeds it again. */
export const THUMBNAIL_PREFIX = 'thumbs/';

/**
 * The key of a proof image's thumbnail: `proofs/{program}/{user}/{id}.png` has its WebP at
 * `thumbs/{program}/{user}/{id}.webp`; undefined for a key that is no proof image.
 */
export function thumbnailKeyFor(proofImageKey: string): string | undefined {
  if (!proofImageKey.startsWith(PROOF_PREFIX)) return undefined;
  return `${THUMBNAIL_PREFIX}${proofImageKey.slice(PROOF_PREFIX.length).replace(/\.[^./]*$/, '')}.webp`;
}
