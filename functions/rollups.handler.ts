import { awardRecruitPoints } from '#shared/ambassadors/award-recruit-points.ts';
import {
  awardSalePoints,
  isNowFullyRefunded,
  takeBackSalePoints,
} from '#shared/conversions/award-sale-points.ts';
import { type Conversion, ConversionSchema } from '#shared/conversions/conversion.schema.ts';
import { noteCodeOnlyOrder } from '#shared/conversions/detect-code-leak.service.ts';
import { log } from '#shared/platform/log.ts';
import { MembershipSchema } from '#shared/programs/membership.schema.ts';
import { applyWaitingDelta, waitingDelta } from '#shared/programs/waiting-counts.store.ts';
import { COUNTED_LOG } from '#shared/reports/counted-log.ts';
import { applyOnce, countClicks } from '#shared/reports/rollup.store.ts';
import { changeContributions } from '#shared/reports/sales-contribution.ts';
import { createRunStreamHandler } from './streams/stream-handler.ts';

/**
 * The report aggregator, fed by the table's stream, off every hot path:
 * - clicks: one counted click per visitor per link per hour, added to the rollups once per run
 *   of clicks, so a viral code's rollup items take one write per run, not one per click; past
 *   a burst from one IP in an hour, the rest count apart as suspicious clicks;
 * - orders and commission lines: each change's difference, added once per stream record;
 * - a new attributed order also earns the ambassador's sale points, once; a full refund takes
 *   them back, once; a code-only one from a new customer counts toward its code's leak signal;
 * - an approved recruit earns their recruiter the program's points per recruit, once;
 * - applications and posts entering or leaving review move the program's waiting counts, once.
 */
export const handler = createRunStreamHandler(
  'rollups',
  (change) => (change.newImage?.entity === 'click' ? 'click' : undefined),
  async (changes) => {
    const [first] = changes;
    if (!first) return;
    if (first.newImage?.entity === 'click') {
      const { counted, suspicious } = await countClicks(
        changes
          .filter((change) => change.eventName === 'INSERT')
          .map((change) => {
            const click = change.newImage as Record<string, string>;
            return {
              programId: String(click.programId),
              ambassadorId: String(click.userId),
              challengeId: click.challengeId,
              at: String(click.at),
              clickId: String(click.clickId),
              visitKey: String(click.visitKey),
              ipHash: click.ipHash,
            };
          }),
      );
      // What the dashboard charts as clicks per minute (shared/reports/counted-log.ts).
      if (counted > 0) {
        log.info(COUNTED_LOG.message, {
          [COUNTED_LOG.clicks]: counted - suspicious,
          [COUNTED_LOG.suspiciousClicks]: suspicious,
        });
      }
      return;
    }
    // Applications and posts waiting for the team: the managers' tab counts and daily digest.
    const waiting = waitingDelta(first);
    if (waiting) await applyWaitingDelta(first.eventId, waiting);
    const applied = await applyOnce(first.eventId, changeContributions(first));
    if (first.eventName === 'INSERT' && first.newImage?.entity === 'conversion') {
      // Once per order: a redelivered record finds its mark and applies nothing.
      if (applied) log.info(COUNTED_LOG.message, { [COUNTED_LOG.orders]: 1 });
      const conversion = ConversionSchema.parse(first.newImage) as Conversion;
      await awardSalePoints(conversion);
      // Refunds that came before the order are in it already: a full one takes the points back.
      if (isNowFullyRefunded(undefined, conversion)) await takeBackSalePoints(conversion);
      // Code-only orders from new customers, per code and day: the leak signal.
      await noteCodeOnlyOrder(conversion);
    }
    if (first.eventName === 'MODIFY' && first.newImage?.entity === 'conversion') {
      const after = ConversionSchema.parse(first.newImage) as Conversion;
      const before = first.oldImage ? (ConversionSchema.parse(first.oldImage) as Conversion) : undefined;
      // Once per order: the takeback's ledger entry is keyed by the order.
      if (isNowFullyRefunded(before, after)) await takeBackSalePoints(after);
    }
    if (
      first.newImage?.entity === 'membership' &&
      first.newImage.status === 'approved' &&
      first.oldImage?.status === 'pending' &&
      first.newImage.recruitedBy
    ) {
      await awardRecruitPoints(MembershipSchema.parse(first.newImage));
    }
  },
);
