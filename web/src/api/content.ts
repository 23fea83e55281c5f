import type { InferRequestType, InferResponseType } from 'hono/client';
import { type RightsStatus, rightsStatus } from '../../../shared/content/rights-status.ts';
import { wordsOf } from '../ui/words.ts';
import { api, download, ok } from './client.ts';

/** The content routes of a program: the library, its CSV, revoking a grant. */
export const contentApi = api.content.api.programs[':programId'];

type LibraryPage = InferResponseType<typeof contentApi.content.$get, 200>;
/** One approved post as the library shows it. */
export type ContentItem = LibraryPage['items'][number];
export type ContentRights = ContentItem['rights'];
export type ContentScope = ContentRights['scopes'][number];
export type LibraryQuery = InferRequestType<typeof contentApi.content.$get>['query'];
export type { RightsStatus };

/** Every scope, in the order forms list them. */
export const CONTENT_SCOPES: readonly ContentScope[] = ['organic', 'paid_ads', 'website'];

/** What a scope lets the brand do, in words. */
export const SCOPE_LABELS: Readonly<Record<ContentScope, string>> = wordsOf({
  organic: 'api.scope.organic',
  paid_ads: 'api.scope.paid_ads',
  website: 'api.scope.website',
});

/** A grant's state in words, for pills and lists. */
export const RIGHTS_LABELS: Readonly<Record<RightsStatus, string>> = wordsOf({
  granted: 'api.rights.granted',
  expiring: 'api.rights.expiring',
  revoked: 'api.rights.revoked',
  expired: 'api.rights.expired',
  none: 'api.rights.none',
});

/** The state of a grant as stored on a post (the ambassador's own posts carry no status). */
export const statusOfGrant = (grant: { revokedAt?: string; endsAt: string } | undefined): RightsStatus =>
  rightsStatus(grant, new Date());

/** The author revokes the rights granted with a post; resolves to the grant, now ended. */
export function revokeRights(programId: string, submissionId: string) {
  return ok(contentApi.submissions[':submissionId'].rights.$delete({ param: { programId, submissionId } }));
}

/** The library with these filters as a CSV download (up to the API's rows per file). */
export function downloadLibrary(programId: string, query: Record<string, string>): Promise<void> {
  const search = new URLSearchParams(query);
  return download(
    `/api/programs/${encodeURIComponent(programId)}/content/export?${search}`,
    `content-library-${new Date().toISOString().slice(0, 10)}.csv`,
  );
}
