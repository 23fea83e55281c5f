import type { InferResponseType } from 'hono/client';
import type { api } from '../../api/client.ts';

type ProfileApi = typeof api.accounts.api.me.profile;
export type Profile = InferResponseType<ProfileApi['$get'], 200>;
export type Platform = keyof Profile['handles'];
export type Language = NonNullable<Profile['language']>;
type ProfileChange = NonNullable<Parameters<ProfileApi['$patch']>[0]>['json'];

/** Every platform the profile names a handle on (a new one in the API's schema fails the typecheck here). */
export const PLATFORMS: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X',
};
/** The languages the API takes, each in its own words. */
export { LANGUAGE_NAMES as LANGUAGES } from '../../../../shared/i18n/languages.ts';

export const platforms = Object.keys(PLATFORMS) as Platform[];

/** The profile form's values as typed: empty text for a field not set. */
export type ProfileDraft = {
  displayName: string;
  language: Language | '';
  timeZone: string;
} & Record<Platform, string>;

export function draftOf(profile: Profile): ProfileDraft {
  return {
    displayName: profile.displayName ?? '',
    language: profile.language ?? '',
    timeZone: profile.timeZone ?? '',
    ...(Object.fromEntries(platforms.map((p) => [p, profile.handles[p] ?? ''])) as Record<Platform, string>),
  };
}

/** The PATCH body: only what changed; an emptied field is cleared (`null`); a handle loses its @. */
export function profileChange(draft: ProfileDraft, profile: Profile): ProfileChange {
  const change: ProfileChange = {};
  const name = draft.displayName.trim();
  if (name !== (profile.displayName ?? '')) change.displayName = name;
  if (draft.language !== (profile.language ?? '')) change.language = draft.language || null;
  if (draft.timeZone !== (profile.timeZone ?? '')) change.timeZone = draft.timeZone || null;
  const handles: NonNullable<ProfileChange['handles']> = {};
  for (const platform of platforms) {
    const handle = draft[platform].trim().replace(/^@/, '');
    if (handle !== (profile.handles[platform] ?? '')) handles[platform] = handle || null;
  }
  if (Object.keys(handles).length > 0) change.handles = handles;
  return change;
}
