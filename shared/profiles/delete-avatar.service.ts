import { PROOF_PREFIX, thumbnailKeyFor } from '../uploads/image-type.ts';
import { deleteMediaObjects } from '../uploads/media-delete.store.ts';
import { AVATAR_SCOPE } from './profile.schema.ts';
import { readProfile } from './profile.store.ts';

/**
 * Deletes the person's avatar and its resized copy from the media bucket, for account deletion
 * (the profile item itself goes with the erasure). Only a key under their own avatar prefix, as
 * every avatar the profile accepted is.
 * @throws when the bucket refuses: the deletion is retried as a whole (each step is safe to repeat).
 */
export async function deleteAvatarImages(userId: string): Promise<void> {
  const { avatarKey } = await readProfile(userId);
  if (!avatarKey?.startsWith(`${PROOF_PREFIX}${AVATAR_SCOPE}/${userId}/`)) return;
  const thumbnail = thumbnailKeyFor(avatarKey);
  await deleteMediaObjects([avatarKey, ...(thumbnail ? [thumbnail] : [])]);
}
