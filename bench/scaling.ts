import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { recordActivity } from '#shared/analytics/activity.store.ts';
import type { ActivityDraft } from '#shared/analytics/activity.ts';
import { getJourney } from '#shared/analytics/journey.service.ts';
import { AuditQuerySchema } from '#shared/audit/audit.schema.ts';
import { listProgramAudit, newAuditEntry } from '#shared/audit/audit.service.ts';
import { auditPut } from '#shared/audit/audit.store.ts';
import { ContentQuerySchema } from '#shared/content/content-library.schema.ts';
import { listContent } from '#shared/content/list-content.service.ts';
import { conversionItem } from '#shared/conversions/conversion.store.ts';
import { newId } from '#shared/ids.ts';
import { listPayouts } from '#shared/payouts/get-payouts.service.ts';
import type { Payout } from '#shared/payouts/payout.schema.ts';
import { insertPayout, newPayoutItem } from '#shared/payouts/payout.store.ts';
import { putAll } from '#shared/platform/db/batch-write.ts';
import { db, tableName } from '#shared/platform/db/client.ts';
import { ENTITY, keys } from '#shared/platform/db/keys.ts';
import type { TransactItem } from '#shared/platform/db/transact.ts';
import { getLeaderboard } from '#shared/points/get-leaderboard.service.ts';
import { statsItem } from '#shared/points/stats.store.ts';
import { createProgram } from '#shared/programs/create-program.service.ts';
import { membershipItem } from '#shared/programs/membership.store.ts';
import { CreateProgramSchema } from '#shared/programs/program.schema.ts';
import { listTeam } from '#shared/programs/team.service.ts';
import { referralReport } from '#shared/reports/referral-report.service.ts';
import { type Contribution, mergeContributions, salesRanking } from '#shared/reports/rollup.store.ts';
import type { RedemptionStatus } from '#shared/rewards/redemption.schema.ts';
import { newRedemptionItem } from '#shared/rewards/redemption.store.ts';
import { listRedemptions } from '#shared/rewards/redemptions.service.ts';
import type { Reward } from '#shared/rewards/reward.schema.ts';
import { newRewardItem } from '#shared/rewards/reward.store.ts';
import { listRewards } from '#shared/rewards/rewards.service.ts';
import { listSubmissions } from '#shared/submissions/list-submissions.service.ts';
import { submissionItem } from '#shared/submissions/submission.store.ts';
import { approvedAmbassadorItem, user } from './seed.ts';
import { summarize } from './stats.ts';

const SIZES = (process.env.SCALING_SIZES ?? '50,500,5000').split(',').map(Number);
const CONVERSIONS_PER_AMBASSADOR = 20;
const CLICKS_PER_CONVERSION = 5;
/** Ambassadors whose activity goes through the real analytics aggregator (see the method). */
const AGGREGATED_AMBASSADORS = 10;
const RUNS = Number(process.env.SCALING_RUNS ?? 20);
/** One ambassador in this many has redeemed a reward; half of those wait in the fulfilment queue. */
const REDEEMING_ONE_IN = 5;
/** Monthly payout runs over the year before the month; each pays one ambassador in this many. */
const PAYOUT_MONTHS = 12;
const PAID_ONE_IN = 5;
const REWARDS = 6;

const admin = user('bench-admin', true);

/** The month the volume lands in: last month, so every day of it is history. */
function lastMonth() {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const days = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).getUTCDate();
  const month = start.toISOString().slice(0, 7);
  return { month, from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}`, days };
}

/** The item a store's put-once transaction item writes, to send in a batch instead. */
function written(item: TransactItem): Record<string, unknown> {
  if (!item.Put?.Item) throw new Error('not a put');
  return item.Put.Item;
}

const DAY = 86_400_000;

/** An ambassador the seed wrote: when they were approved, and when their approved post was. */
type Seeded = { userId: string; name: string; approvedAt: string; postApprovedAt: string };

/**
 * The back office of a program of `size` ambassadors, as its stores write it: a team (a few
 * more people in a larger program), a catalogue of {@link REWARDS} rewards and redemptions by
 * one ambassador in {@link REDEEMING_ONE_IN} (half of them still requested), a monthly payout
 * run over the year with a line for each ambassador it paid, and the audit log of all that: an
 * entry per application and post approved, per payout made and confirmed, and a few settings
 * changes. Payout headers go through the store's own insert (a handful); the rest in batches.
 */
function backOffice(programId: string, size: number, ambassadors: Seeded[]) {
  const items: Record<string, unknown>[] = [];
  const payouts: Payout[] = [];
  const now = Date.now();
  const yearAgo = now - 400 * DAY;
  const staff = Array.from({ length: 3 + Math.floor(size / 1000) }, (_, i) => ({
    userId: `staff-${size}-${i}`,
    role: i === 2 ? ('brand' as const) : ('manager' as const),
  }));
  for (const [i, member] of staff.entries()) {
    const at = new Date(yearAgo + i * DAY).toISOString();
    items.push(
      membershipItem({
        programId,
        userId: member.userId,
        email: `${member.userId}@bench.example`,
        displayName: `Team member ${i}`,
        role: member.role,
        status: 'active',
        statusAt: at,
        createdAt: at,
        updatedAt: at,
      }),
    );
  }
  const managers = staff.filter((member) => member.role === 'manager');
  const lead = (managers[0] as { userId: string }).userId;
  const audit = (actor: number, fields: Parameters<typeof newAuditEntry>[1], at: string) => {
    const { userId } = managers[actor % managers.length] as { userId: string };
    const entry = newAuditEntry(
      { user: { id: userId }, role: 'manager', program: { programId } },
      fields,
      at,
    );
    items.push(written(auditPut(entry)));
  };
  for (const [a, { userId, approvedAt, postApprovedAt }] of ambassadors.entries()) {
    audit(
      a,
      {
        type: 'application.approved',
        target: { kind: 'ambassador', id: userId },
        summary: 'Approved an application',
      },
      approvedAt,
    );
    audit(
      a,
      {
        type: 'submission.approved',
        target: { kind: 'submission', id: `${userId}-post-0` },
        summary: 'Approved a post for "Bench challenge"',
      },
      postApprovedAt,
    );
  }
  for (let n = 0; n < 4; n++)
    audit(
      n,
      {
        type: 'program.updated',
        target: { kind: 'program', id: programId },
        summary: 'Changed description',
        changes: [{ field: 'description', before: `Version ${n}`, after: `Version ${n + 1}` }],
      },
      new Date(yearAgo + (60 + n * 90) * DAY).toISOString(),
    );

  const kinds = ['product', 'perk', 'code'] as const;
  const rewards: Reward[] = Array.from({ length: REWARDS }, (_, r) => {
    const kind = kinds[r % kinds.length] as (typeof kinds)[number];
    const at = new Date(yearAgo + r * DAY).toISOString();
    return {
      programId,
      rewardId: newId(yearAgo + r * DAY),
      title: `Reward ${r}`,
      description: 'A bench reward',
      kind,
      costPoints: 100 * (r + 1),
      ...(kind === 'code' ? { stock: 0 } : r % 2 === 0 ? { stock: 10 * size } : {}),
      requiresApproval: kind !== 'code',
      active: r < REWARDS - 1,
      redeemed: 0,
      createdAt: at,
      updatedAt: at,
    };
  });
  const redeemable = rewards.filter((reward) => reward.kind !== 'code' && reward.active);
  const later: RedemptionStatus[] = ['approved', 'fulfilled', 'rejected'];
  for (const [a, { userId, name }] of ambassadors.entries()) {
    if (a % REDEEMING_ONE_IN !== 0) continue;
    const i = a / REDEEMING_ONE_IN;
    const reward = redeemable[i % redeemable.length] as Reward;
    const status: RedemptionStatus =
      i % 2 === 0 ? 'requested' : (later[(i >> 1) % later.length] as RedemptionStatus);
    if (status !== 'rejected') reward.redeemed += 1;
    const createdAt = new Date(
      status === 'requested' ? now - 30 * DAY + i * 60_000 : yearAgo + 60 * DAY + i * 60_000,
    ).toISOString();
    items.push(
      written(
        newRedemptionItem({
          programId,
          redemptionId: newId(Date.parse(createdAt)),
          rewardId: reward.rewardId,
          rewardTitle: reward.title,
          kind: reward.kind,
          userId,
          displayName: name,
          costPoints: reward.costPoints,
          status,
          ...(reward.kind === 'product'
            ? {
                shippingAddress: {
                  name,
                  line1: `Benchstraße ${a}`,
                  city: 'Berlin',
                  postalCode: '10115',
                  country: 'DE',
                },
              }
            : {}),
          history: [
            { at: createdAt, status: 'requested', by: userId },
            ...(status === 'requested' ? [] : [{ at: createdAt, status, by: lead }]),
          ],
          createdAt,
          updatedAt: createdAt,
          version: status === 'requested' ? 1 : 2,
        }),
      ),
    );
  }
  for (const reward of rewards) items.push(written(newRewardItem(reward)));

  const today = new Date(now);
  for (let k = 1; k <= PAYOUT_MONTHS; k++) {
    const createdAt = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - k, 2, 9)).toISOString();
    const payoutId = newId(Date.parse(createdAt));
    const paid = ambassadors.filter((_, a) => (a + k) % PAID_ONE_IN === 0);
    const byMethod = { paypal: 0, bank: 0 };
    for (const [p, { userId, name }] of paid.entries()) {
      const amount = 500 + ((p * 37 + k * 11) % 5000);
      const method = p % 3 === 0 ? 'bank' : 'paypal';
      byMethod[method] += amount;
      items.push(
        written(
          newPayoutItem({
            programId,
            payoutId,
            ambassadorId: userId,
            itemId: `${payoutId}-${p}`,
            name,
            amount,
            commissions: amount,
            clawbacks: 0,
            commissionIds: [`${payoutId}-${userId}`],
            linesLeft: 0,
            method,
            status: 'paid',
            createdAt,
            paidAt: createdAt,
            version: 2,
            sealedDetails: 'bench-sealed',
          }),
        ),
      );
    }
    payouts.push({
      programId,
      payoutId,
      currency: 'EUR',
      status: 'paid',
      total: byMethod.paypal + byMethod.bank,
      itemCount: paid.length,
      lineCount: paid.length,
      byMethod,
      linesLeft: 0,
      skipped: [],
      skippedCount: 0,
      createdBy: lead,
      createdAt,
      leaseUntil: createdAt,
      sentOn: createdAt.slice(0, 10),
      reference: `BENCH-${payoutId}`,
      confirmedBy: lead,
      confirmedAt: createdAt,
      version: 3,
    });
    audit(
      k,
      { type: 'payout.created', target: { kind: 'payout', id: payoutId }, summary: 'Made a payout' },
      createdAt,
    );
    audit(
      k,
      {
        type: 'payout.confirmed',
        target: { kind: 'payout', id: payoutId },
        summary: `Confirmed a payout as sent on ${createdAt.slice(0, 10)}`,
      },
      createdAt,
    );
  }
  return { items, payouts };
}

/**
 * A program with `size` approved ambassadors and their month: 20 orders each (with the clicks
 * before them) in the report rollups, points on the leaderboard, an approved post (half of
 * them with rights for the brand) and a pending one each, and the back office of that size
 * ({@link backOffice}). Volume is written in batches of the items the stores and aggregators
 * write.
 */
async function seedProgram(size: number) {
  const { month, days } = lastMonth();
  const program = await createProgram(
    admin,
    CreateProgramSchema.parse({
      name: `Scaling ${size}`,
      brandName: 'Bench',
      slug: `scaling-${size}-${Date.now().toString(36)}`,
      landingUrl: 'https://shop.example.com/',
      timeZone: 'UTC',
      currency: 'EUR',
    }),
  );
  const { programId } = program;
  const at = (ambassador: number, n: number) =>
    new Date(
      Date.parse(`${month}-01T00:00:00Z`) +
        ((ambassador * 7 + n * 3) % days) * 86_400_000 +
        ((ambassador + n) % 24) * 3_600_000,
    ).toISOString();
  const items: Record<string, unknown>[] = [];
  const contributions: Contribution[] = [];
  const drafts: ActivityDraft[] = [];
  const ambassadors: Seeded[] = [];
  for (let a = 0; a < size; a++) {
    const userId = `amb-${size}-${String(a).padStart(5, '0')}`;
    const joined = new Date(Date.parse(`${month}-01T00:00:00Z`) - 60 * 86_400_000).toISOString();
    ambassadors.push({ userId, name: `Ambassador ${a}`, approvedAt: joined, postApprovedAt: at(a, 0) });
    items.push(approvedAmbassadorItem(programId, userId, `Ambassador ${a}`, joined));
    const points = (a * 37) % 1000;
    for (const period of [month, 'all']) {
      items.push(
        statsItem({
          programId,
          userId,
          period,
          displayName: `Ambassador ${a}`,
          points,
          lifetimePoints: points,
          approvedPosts: 1,
          activeMonths: [month],
          sales: CONVERSIONS_PER_AMBASSADOR,
          recruits: 0,
          badges: [],
          version: 1,
          updatedAt: joined,
        }),
      );
    }
    for (const [s, status] of (['approved', 'pending'] as const).entries()) {
      const submittedAt = at(a, s);
      items.push(
        submissionItem({
          submissionId: `${userId}-post-${s}`,
          programId,
          challengeId: 'bench-challenge',
          userId,
          authorName: `Ambassador ${a}`,
          postUrl: `https://www.instagram.com/p/${userId}${s}/`,
          platform: 'instagram',
          caption: 'Loving it #ad',
          status,
          version: 1,
          flags: [],
          submittedAt,
          updatedAt: submittedAt,
          kudos: 0,
          // Half the approved posts come with a year's rights for the brand (the library shows them).
          ...(status === 'approved' && a % 2 === 0
            ? {
                reviewedAt: submittedAt,
                rightsGrant: {
                  termsVersion: '1',
                  termsSha256: 'b'.repeat(64),
                  scopes: ['organic', 'website'],
                  grantedAt: submittedAt,
                  expiresAt: new Date(Date.parse(submittedAt) + 365 * DAY).toISOString(),
                  endsAt: new Date(Date.parse(submittedAt) + 365 * DAY).toISOString(),
                },
              }
            : status === 'approved'
              ? { reviewedAt: submittedAt }
              : {}),
        } as Parameters<typeof submissionItem>[0]),
      );
    }
    for (let n = 0; n < CONVERSIONS_PER_AMBASSADOR; n++) {
      const occurredAt = at(a, n);
      const amount = 1000 + ((a * 31 + n * 17) % 9000);
      items.push(
        conversionItem(
          {
            programId,
            orderId: `order-${userId}-${n}`,
            amount,
            currency: 'EUR',
            occurredAt,
            status: 'attributed',
            attribution: { via: 'code', code: `CODE${a}`, ambassadorId: userId },
            flags: [],
            refundedAmount: 0,
            recordedAt: occurredAt,
            fingerprint: `bench-${a}-${n}`,
          },
          'bench-key',
        ),
      );
      contributions.push({
        programId,
        day: occurredAt.slice(0, 10),
        ambassadorId: userId,
        measures: {
          clicks: CLICKS_PER_CONVERSION,
          orders: 1,
          revenue: amount,
          commissionPending: Math.round(amount / 10),
        },
      });
      if (a < AGGREGATED_AMBASSADORS)
        drafts.push({
          programId,
          userId,
          type: n % 4 === 0 ? 'submitted' : n % 4 === 1 ? 'post_approved' : n % 4 === 2 ? 'clicked' : 'sold',
          at: occurredAt,
          source: `bench:${userId}:${n}`,
          ...(n % 4 === 3 ? { amount } : {}),
        } as ActivityDraft);
    }
  }
  // What the report aggregator would have summed, one item per rollup row.
  for (const entry of mergeContributions(contributions)) {
    items.push({
      ...entry.key,
      entity: ENTITY.rollup,
      programId,
      period: entry.period,
      row: entry.row,
      ...entry.measures,
      ...salesRanking(entry),
    });
  }
  const office = backOffice(programId, size, ambassadors);
  items.push(...office.items);
  const started = Date.now();
  for (const payout of office.payouts) await insertPayout(payout);
  const chunks = 8;
  const per = Math.ceil(items.length / chunks);
  await Promise.all(Array.from({ length: chunks }, (_, i) => putAll(items.slice(i * per, (i + 1) * per))));
  for (const draft of drafts.sort((x, y) => x.at.localeCompare(y.at))) await recordActivity(draft);
  return { programId, items: items.length, seedSeconds: Math.round((Date.now() - started) / 1000) };
}

/**
 * Issue 7 §5 and issue 19 §3: the read paths a manager, a brand and an ambassador hit most, at
 * 50, 500 and 5,000 ambassadors (about 20 orders each), timed alternately across the sizes in one
 * run. Each reads the first page as the dashboard asks for it (its limit, no filter), through the
 * service its route calls.
 */
export async function benchScaling() {
  const { month, from, to } = lastMonth();
  const programs = [];
  for (const size of SIZES) programs.push({ size, ...(await seedProgram(size)) });
  const paths = {
    'leaderboard, top 50': (programId: string) =>
      getLeaderboard(admin, programId, { period: month, limit: 50 }),
    'referral report for the month, by ambassador: the first page of 50, top sellers first': (
      programId: string,
    ) => referralReport(admin, programId, { from, to, groupBy: 'ambassador', limit: 50 }),
    'referral report for the month, by day': (programId: string) =>
      referralReport(admin, programId, { from, to, groupBy: 'day' }),
    'journey KPIs for the month': (programId: string) =>
      getJourney(admin, programId, { from: month, to: month }),
    'review queue, first page': (programId: string) => listSubmissions(admin, programId, { limit: 20 }),
    'rewards catalogue (manager), first page of 100': (programId: string) =>
      listRewards(admin, programId, { limit: 100 }),
    // The catalogue's own key condition with BETWEEN in place of begins_with: the same six items.
    // DynamoDB seeks both; DynamoDB Local reads a begins_with through the whole partition (the
    // program's, 140k items at 5,000 ambassadors), so this row tells the emulator from the code.
    'rewards catalogue, the same query with BETWEEN (probe of DynamoDB Local)': async (programId: string) => {
      const { pk, sk } = keys.reward(programId, '');
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': pk, ':from': sk, ':to': `${sk}\uffff` },
          Limit: 101,
        }),
      );
      if ((Items ?? []).length !== REWARDS) throw new Error('The probe read other items than the catalogue');
    },
    'fulfilment queue: requested redemptions, oldest first, first page of 25': (programId: string) =>
      listRedemptions(admin, programId, { status: 'requested', limit: 25 }),
    'content library, no filter, first page of 24': (programId: string) =>
      listContent(admin, programId, ContentQuerySchema.parse({ limit: '24' })),
    'payouts, newest first, first page of 20': (programId: string) =>
      listPayouts(admin, programId, { limit: 20 }),
    'team list': (programId: string) => listTeam(admin, programId),
    'audit log, newest first, first page of 50': (programId: string) =>
      listProgramAudit(admin, programId, AuditQuerySchema.parse({ limit: '50' })),
  } as const;
  const samples = new Map<string, number[]>();
  for (let run = -2; run < RUNS; run++) {
    for (const [path, read] of Object.entries(paths)) {
      for (const { size, programId } of programs) {
        const started = performance.now();
        await read(programId);
        const ms = performance.now() - started;
        if (run < 0) continue; // warm-up rounds
        const key = `${path}|${size}`;
        samples.set(key, [...(samples.get(key) ?? []), ms]);
      }
    }
  }
  const smallest = SIZES[0] as number;
  const largest = SIZES.at(-1) as number;
  const results = Object.keys(paths).map((path) => {
    const bySize = Object.fromEntries(
      SIZES.map((size) => [size, summarize(samples.get(`${path}|${size}`) ?? [])]),
    );
    const ratio = Math.round(((bySize[largest]?.p50 ?? 0) / (bySize[smallest]?.p50 || 1)) * 100) / 100;
    return {
      path,
      p50: Object.fromEntries(SIZES.map((s) => [s, bySize[s]?.p50])),
      ratioP50: ratio,
      meets: ratio <= 1.5,
    };
  });
  return {
    name: 'Scaling curves: read paths at 50, 500 and 5,000 ambassadors (about 20 orders each)',
    target: `p50 at ${largest} ambassadors ≤ 1.5× p50 at ${smallest}`,
    runs: RUNS,
    seeded: programs.map(({ size, items, seedSeconds }) => ({ size, items, seedSeconds })),
    results,
  };
}
