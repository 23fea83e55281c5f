import { Fragment } from 'preact';
import { t } from '../../../i18n/i18n.ts';
import { formatHours, formatPercent } from '../../../ui/format.ts';
import { Stats } from '../../../ui/stats.tsx';
import type { Figures } from './analytics-api.ts';
import { count } from './analytics-format.ts';

/** A month's journey figures: sharing, shopping and advocacy. */
export function KeyFigures({ figures, money }: { figures: Figures; money: (cents: number) => string }) {
  const { sharing, shopping, advocacy } = figures;
  const groups: [string, [string, string][]][] = [
    [
      t('sentences.figures.sharing'),
      [
        [t('sentences.figures.submitted'), count(sharing.submissions)],
        [t('sentences.figures.approved'), count(sharing.approved)],
        [t('sentences.figures.approvalRate'), formatPercent(sharing.approvalRate)],
        [t('sentences.figures.medianReview'), formatHours(sharing.medianReviewHours)],
        [t('sentences.figures.views'), count(sharing.views)],
        [t('sentences.figures.impressions'), count(sharing.impressions)],
        [t('sentences.figures.reach'), count(sharing.reach)],
        [t('sentences.figures.engagements'), count(sharing.engagements)],
      ],
    ],
    [
      t('sentences.figures.shopping'),
      [
        [t('sentences.figures.clicks'), count(shopping.clicks)],
        [t('sentences.figures.orders'), count(shopping.orders)],
        [t('sentences.figures.revenue'), money(shopping.revenue)],
        [t('sentences.figures.conversion'), formatPercent(shopping.conversionRate)],
        [
          t('sentences.figures.revenuePerActive'),
          shopping.revenuePerActiveAmbassador === null ? '–' : money(shopping.revenuePerActiveAmbassador),
        ],
      ],
    ],
    [
      t('sentences.figures.advocacy'),
      [
        [t('sentences.figures.applications'), count(advocacy.applicants)],
        [t('sentences.figures.newAmbassadors'), count(advocacy.newAmbassadors)],
        [t('sentences.figures.activeAmbassadors'), count(advocacy.activeAmbassadors)],
        [t('sentences.figures.retention'), formatPercent(advocacy.retention)],
        [t('sentences.figures.recruited'), count(advocacy.recruited)],
      ],
    ],
  ];
  return (
    <>
      {groups.map(([title, stats]) => (
        <Fragment key={title}>
          <h3>{title}</h3>
          <Stats figures={stats} />
        </Fragment>
      ))}
    </>
  );
}
