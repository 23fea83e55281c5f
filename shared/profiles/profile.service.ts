import { validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { nowIso } from '../ids.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import {
  assertProofImage,
  createProofUpload,
  proofImageUrl,
  thumbnailUrlFor,
} from '../uploads/proof-image.store.ts';
import type { CreateUpload } from '../uploads/upload.schema.ts';
import {
  AVATAR_SCOPE,
  type HandlePlatform,
  type Handles,
  type ProfileView,
  type UpdateProfile,
} from './profile.schema.ts';
import { putProfileIfUnchanged, readProfile, type StoredProfile } from './profile.store.ts';

/** A link to show the avatar: its resized copy once made, else (for its owner only) the upload. */
export async function avatarUrlFor(avatarKey: string, orOriginal: boolean): Promise<string | undefined> {
  const thumbnail = await thumbnailUrlFor(avatarKey);
  if (thumbnail || !orOriginal) return thumbnail;
  return proofImageUrl(avatarKey);
}

function view(user: AuthUser, stored: StoredProfile, avatarUrl: string | undefined): ProfileView {
  const { version: _version, ...profile } = stored;
  return { ...profile, email: user.email, ...(avatarUrl ? { avatarUrl } : {}) };
}

/**
 * The caller's profile. Someone who never saved one gets the name their sign-up gave the pool
 * (the token's `name`), so the page starts filled in.
 * @throws AppError `unavailable` when media is not configured and there is an avatar.
 */
export async function getMyProfile(user: AuthUser): Promise<ProfileView> {
  const stored = await readProfile(user.id);
  const withName =
    stored.displayName || !user.name ? stored : { ...stored, displayName: user.name.slice(0, 80) };
  const avatarUrl = stored.avatarKey ? await avatarUrlFor(stored.avatarKey, true) : undefined;
  return view(user, withName, avatarUrl);
}

/**
 * Changes the fields sent (`null` clears one), conditional on the profile not having changed
 * since it was read. An avatar must be the caller's own upload, an image as declared.
 * @throws AppError `validation_failed` (avatarKey), `unavailable` (busy, or uploads not configured).
 */
export async function updateMyProfile(user: AuthUser, patch: UpdateProfile): Promise<ProfileView> {
  if (patch.avatarKey) {
    await assertProofImage(patch.avatarKey, AVATAR_SCOPE, user.id, 'avatarKey');
  }
  const saved = await retryOptimistic('Your profile is being changed elsewhere; try again', async () => {
    const current = await readProfile(user.id);
    const next = applyPatch(current, patch, nowIso());
    return (await putProfileIfUnchanged(next, current.version)) ? next : TRY_AGAIN;
  });
  const avatarUrl = saved.avatarKey ? await avatarUrlFor(saved.avatarKey, true) : undefined;
  return view(user, saved, avatarUrl);
}

/** The profile after a patch: sent fields replace, `null` removes, absent ones stay. */
export function applyPatch(current: StoredProfile, patch: UpdateProfile, at: string): StoredProfile {
  const next: StoredProfile = { ...current, handles: { ...current.handles }, updatedAt: at };
  if (patch.displayName !== undefined) next.displayName = patch.displayName;
  for (const field of ['avatarKey', 'language', 'timeZone'] as const) {
    const value = patch[field];
    if (value === null) delete next[field];
    else if (value !== undefined) Object.assign(next, { [field]: value });
  }
  for (const [platform, value] of Object.entries(patch.handles ?? {}) as Array<
    [HandlePlatform, string | null | undefined]
  >) {
    if (value === null) delete next.handles[platform];
    else if (value !== undefined) (next.handles as Handles)[platform] = value;
  }
  return next;
}

/**
 * A presigned URL to upload an avatar to (send the `key` as the profile's `avatarKey`): the
 * same rules as a proof image (JPEG, PNG or WebP, at most 5 MB, the extension fitting the type).
 * @throws AppError `validation_failed` (`fileName`), `unavailable` (uploads not configured).
 */
export async function createAvatarUpload(user: AuthUser, input: CreateUpload) {
  if (input.fileName !== undefined) {
    const problem = (await import('../uploads/image-check.ts')).fileNameProblem(
      input.fileName,
      input.contentType,
    );
    if (problem) throw validationFailed(`fileName: ${problem}`, { field: 'fileName' });
  }
  return createProofUpload(AVATAR_SCOPE, user.id, input.contentType, input.size);
}
