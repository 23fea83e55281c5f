import { Fragment } from 'preact';
import { formatHours, formatPercent } from '../../../ui/format.ts';
import { Stats } from '../../../ui/stats.tsx';
import type { Figures } from './analytics-api.ts';
import { count } from './analytics-format.ts';

/** A month's journey figures: sharing, shopping and advocacy. */
export function KeyFigures({ figures, money }: { figures: Figures; money: (cents: number) => string }) {
  const { sharing, shopping, advocacy } = figures;
  const groups: [string, [string, string][]][] = [
    [
      'Sharing',
      [
        ['Posts submitted', count(sharing.submissions)],
        ['Posts approved', count(sharing.approved)],
        ['Approval rate', formatPercent(sharing.approvalRate)],
        ['Median time to approval', formatHours(sharing.medianReviewHours)],
        ['Views', count(sharing.views)],
        ['Impressions', count(sharing.impressions)],
        ['Reach', count(sharing.reach)],
        ['Engagements', count(sharing.engagements)],
      ],
    ],
    [
      'Shopping',
      [
        ['Referral clicks', count(shopping.clicks)],
        ['Orders', count(shopping.orders)],
        ['Referral revenue', money(shopping.revenue)],
        ['Orders per click', formatPercent(shopping.conversionRate)],
        [
          'Revenue per active ambassador',
          shopping.revenuePerActiveAmbassador === null ? '–' : money(shopping.revenuePerActiveAmbassador),
        ],
      ],
    ],
    [
      'Advocacy',
      [
        ['Applications', count(advocacy.applicants)],
        ['New ambassadors', count(advocacy.newAmbassadors)],
        ['Active ambassadors', count(advocacy.activeAmbassadors)],
        ['Active again from last month', formatPercent(advocacy.retention)],
        ['Recruited by ambassadors', count(advocacy.recruited)],
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
