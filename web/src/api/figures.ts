import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, ok } from './client.ts';

/** A post's figures: reports by its author, verification by managers (the content function). */
const posts = api.content.api.programs[':programId'];
const postFigures = posts.submissions[':submissionId'].metrics;

export type PostFigures = InferResponseType<typeof postFigures.$get, 200>;
export type FiguresReport = PostFigures['reports'][number];
export type CountedFigures = NonNullable<PostFigures['counted']>;
export type ReportBody = InferRequestType<typeof postFigures.$post>['json'];
export type FiguresToCheck = InferResponseType<(typeof posts)['metrics-reports']['$get'], 200>;
export type FiguresCheck = 'flagged' | 'reported';

/** The figures an ambassador reports, in the order the form lists them, with their names. */
export const FIGURE_FIELDS = [
  ['views', 'Views'],
  ['impressions', 'Impressions'],
  ['reach', 'Reach (accounts)'],
  ['likes', 'Likes'],
  ['comments', 'Comments'],
  ['shares', 'Shares'],
  ['saves', 'Saves'],
] as const;
export type FigureName = (typeof FIGURE_FIELDS)[number][0];

export function getPostFigures(programId: string, submissionId: string) {
  return ok(postFigures.$get({ param: { programId, submissionId } }));
}

export function reportFigures(programId: string, submissionId: string, json: ReportBody) {
  return ok(postFigures.$post({ param: { programId, submissionId }, json }));
}

export function verifyFigures(
  programId: string,
  submissionId: string,
  reportId: string,
  json: { status: 'verified' | 'disputed'; reason?: string },
) {
  return ok(
    postFigures[':reportId'].verification.$post({ param: { programId, submissionId, reportId }, json }),
  );
}

export function listFiguresToCheck(programId: string, status: FiguresCheck, cursor?: string) {
  return ok(
    posts['metrics-reports'].$get({
      param: { programId },
      query: { status, limit: '25', ...(cursor ? { cursor } : {}) },
    }),
  );
}

/** "12,400 views · 310 likes": the figures a report or a post has, in words. */
export function figuresLine(figures: Partial<Record<FigureName, number>>): string {
  const parts = FIGURE_FIELDS.filter(([name]) => figures[name] !== undefined).map(
    ([name, label]) => `${(figures[name] as number).toLocaleString()} ${label.split(' ')[0]?.toLowerCase()}`,
  );
  return parts.length ? parts.join(' · ') : 'no figures';
}

/** "+50 points at 10,000 views; +500 at 1,000,000 reach": a challenge's reach bonuses in words. */
export function reachBonusText(
  bonuses: readonly { metric: FigureName; atLeast: number; points: number }[],
): string {
  return bonuses.map((b) => `+${b.points} points at ${b.atLeast.toLocaleString()} ${b.metric}`).join('; ');
}
