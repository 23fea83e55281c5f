import type { ProofImageType } from './image-type.ts';

/**
 * Whether a file is the image it claims to be: by its name's extension before it is uploaded,
 * by its first bytes (its "magic bytes") once it is stored. Three formats, so a table of their
 * signatures, not a library (docs/decisions.md, "Media in the loop"). Apart from
 * ./image-type.ts, which the request schemas need: the code that checks an image loads this on
 * first use, off the API's cold start (the `challenges` bundle is at its budget).
 */

/** A readable name for each type, for messages. */
const LABELS: Record<ProofImageType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

/** The names a file of each type goes by; checked case-insensitively (`IMG_1.JPG`, `photo.jpeg`). */
const EXTENSIONS: Record<ProofImageType, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
};

/**
 * Each type's signature: bytes at offsets, `undefined` for "any byte". JPEG starts FF D8 FF;
 * PNG with its eight-byte signature; WebP is a RIFF container (`RIFF`, a four-byte size,
 * `WEBP`).
 */
const SIGNATURES: Record<ProofImageType, ReadonlyArray<number | undefined>> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/webp': [0x52, 0x49, 0x46, 0x46, undefined, undefined, undefined, undefined, 0x57, 0x45, 0x42, 0x50],
};

/** How many leading bytes {@link sniffImageType} needs: the longest signature. */
export const SIGNATURE_BYTES = Math.max(...Object.values(SIGNATURES).map((s) => s.length));

/** The accepted type whose signature the bytes start with, if any. */
export function sniffImageType(bytes: Uint8Array): ProofImageType | undefined {
  return (Object.keys(SIGNATURES) as ProofImageType[]).find((type) =>
    SIGNATURES[type].every((byte, i) => byte === undefined || bytes[i] === byte),
  );
}

/** The extension of a file name, lower-cased, or undefined when it has none (`photo`, `.env`). */
export function extensionOf(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 && dot < base.length - 1 ? base.slice(dot + 1).toLowerCase() : undefined;
}

/**
 * What is wrong with a file's name for the type it is declared as, in words for the person who
 * chose it, or undefined when it fits. A name without an extension claims nothing and fits (the
 * bytes are checked once stored); one whose extension is another type's, or no image's at all
 * (`.exe`), does not.
 */
export function fileNameProblem(fileName: string, type: ProofImageType): string | undefined {
  const extension = extensionOf(fileName);
  const names = EXTENSIONS[type];
  if (extension === undefined || names.includes(extension)) return undefined;
  const wanted = names.map((e) => `.${e}`);
  const list = wanted.length === 1 ? wanted[0] : `${wanted.slice(0, -1).join(', ')} or ${wanted.at(-1)}`;
  return `a .${extension} file is not a ${LABELS[type]} image; a ${LABELS[type]} ends in ${list}`;
}

/**
 * What is wrong with a stored image's first bytes for the type it was declared as, in words for
 * the person who sent it, or undefined when they are that type's.
 */
export function signatureProblem(declared: ProofImageType, bytes: Uint8Array): string | undefined {
  const found = sniffImageType(bytes);
  if (found === declared) return undefined;
  return found
    ? `the file is a ${LABELS[found]} image, not the ${LABELS[declared]} it was sent as; upload it again as ${found}`
    : `the file is not a ${LABELS[declared]} image (its first bytes are not an image's); choose the image itself and upload it again`;
}
