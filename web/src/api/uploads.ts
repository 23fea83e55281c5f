import { t } from '../i18n/i18n.ts';
import { ApiError, api, ok } from './client.ts';

/** The images the API takes (its check is the one that counts; this one saves a trip). */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

type ImageType = (typeof IMAGE_TYPES)[number];
const isImageType = (type: string): type is ImageType => (IMAGE_TYPES as readonly string[]).includes(type);

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Uploads an image the way proof images go: the API presigns a PUT (checking the file's name and
 * size), the browser sends the bytes straight to storage, and the returned key is what a reward
 * or a submission names. The API checks the bytes themselves when the key is used.
 * @throws ApiError for a file that is not a JPEG, PNG or WebP of at most 5 MB, or a refused upload.
 */
export function uploadImage(programId: string, file: File): Promise<string> {
  return uploadWith(file, (json) =>
    ok(api.challenges.api.programs[':programId'].uploads.$post({ param: { programId }, json })),
  );
}

/**
 * Uploads the signed-in person's avatar as proof images go; the key is the profile's `avatarKey`.
 * @throws ApiError as {@link uploadImage}.
 */
export function uploadAvatar(file: File): Promise<string> {
  return uploadWith(file, (json) => ok(api.accounts.api.me['avatar-uploads'].$post({ json })));
}

type UploadRequest = { contentType: ImageType; size: number; fileName?: string };
type Presigned = { key: string; uploadUrl: string; method: 'PUT'; headers: Record<string, string> };

/** Checks the file, asks the API to presign its upload, and sends the bytes to storage. */
async function uploadWith(file: File, presign: (json: UploadRequest) => Promise<Presigned>): Promise<string> {
  if (!isImageType(file.type))
    throw new ApiError(
      422,
      'validation_failed',
      file.name ? t('api.upload.notImage', { name: file.name }) : t('api.upload.notImageUnnamed'),
    );
  if (file.size > MAX_IMAGE_BYTES)
    throw new ApiError(
      422,
      'validation_failed',
      file.name
        ? t('api.upload.tooBig', { name: file.name, size: megabytes(file.size) })
        : t('api.upload.tooBigUnnamed', { size: megabytes(file.size) }),
    );
  if (file.size === 0)
    throw new ApiError(
      422,
      'validation_failed',
      file.name ? t('api.upload.empty', { name: file.name }) : t('api.upload.emptyUnnamed'),
    );
  const upload = await presign({
    contentType: file.type,
    size: file.size,
    ...(file.name ? { fileName: file.name } : {}),
  });
  let sent: Response;
  try {
    sent = await fetch(upload.uploadUrl, { method: upload.method, headers: upload.headers, body: file });
  } catch {
    throw new ApiError(0, 'network', t('api.upload.network'));
  }
  if (!sent.ok)
    throw new ApiError(
      sent.status,
      'upload_failed',
      t('api.upload.refused', { status: String(sent.status) }),
    );
  return upload.key;
}
