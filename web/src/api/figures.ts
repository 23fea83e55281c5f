import type { InferRequestType, InferResponseType } from 'hono/client';
import { intlLocale, t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages/en/index.ts';
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

const FIGURE_NAMES = ['views', 'impressions', 'reach', 'likes', 'comments', 'shares', 'saves'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** A figure's name (a form's label), and its count in words ("1,800 views"). */
const FIGURE_WORDS: Record<FigureName, { field: MessageKey; count: MessageKey }> = {
  views: { field: 'api.figure.views', count: 'api.figures.views' },
  impressions: { field: 'api.figure.impressions', count: 'api.figures.impressions' },
  reach: { field: 'api.figure.reach', count: 'api.figures.reach' },
  likes: { field: 'api.figure.likes', count: 'api.figures.likes' },
  comments: { field: 'api.figure.comments', count: 'api.figures.comments' },
  shares: { field: 'api.figure.shares', count: 'api.figures.shares' },
  saves: { field: 'api.figure.saves', count: 'api.figures.saves' },
};

/**
 * The figures an ambassador reports, in the order the form lists them, with their names: each
 * `[name, label]`, the label read in the current language when the pair is read.
 */
export const FIGURE_FIELDS: readonly (readonly [FigureName, string])[] = FIGURE_NAMES.map((name) => {
  const pair: [FigureName, string] = [name, ''];
  Object.defineProperty(pair, 1, { enumerable: true, get: () => t(FIGURE_WORDS[name].field) });
  return pair;
});

/** A figure's name in the reader's language ("Views"). */
export const figureLabel = (name: FigureName): string => t(FIGURE_WORDS[name].field);

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
  const parts = FIGURE_NAMES.filter((name) => figures[name] !== undefined).map((name) =>
    t(FIGURE_WORDS[name].count, { count: figures[name] as number }),
  );
  return parts.length ? parts.join(' · ') : t('api.figures.none');
}

/** "+50 points at 10,000 views; +500 at 1,000,000 reach": a challenge's reach bonuses in words. */
export function reachBonusText(
  bonuses: readonly { metric: FigureName; atLeast: number; points: number }[],
): string {
  return bonuses
    .map((b) =>
      t('api.reachBonus', {
        points: String(b.points),
        atLeast: b.atLeast.toLocaleString(intlLocale()),
        metric: b.metric,
      }),
    )
    .join('; ');
}
