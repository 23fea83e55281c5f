import { addMonths } from '../challenges/month-window.ts';
import { notFound } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { findMembership } from '../programs/membership.store.ts';
import type { Program } from '../programs/program.schema.ts';
import { listGiftsAwaitingPostIn } from '../rewards/redemption.store.ts';
import type { ActivityType } from './activity.ts';
import { findReachTotals, type ReachTotals, recentActivities, transitionsFrom } from './analytics.store.ts';

export const STAGES = ['applicant', 'new', 'active', 'advocate', 'dormant'] as const;
export type Stage = (typeof STAGES)[number];

const DAY = 86_400_000;
const RECENT_DAYS = 30;
const ADVOCACY_DAYS = 90;

/**
 * The stage rules, in the order they are tried:
 * - applicant: applied, not approved (pending or rejected);
 * - advocate: acted in the last 30 days, and sold or brought in a recruit in the last 90;
 * - active: acted in the last 30 days;
 * - new: approved less than 30 days ago, and has not acted since;
 * - dormant: approved, and nothing for 30 days or more.
 * (A suspended ambassador is dormant.)
 */
export const STAGE_RULES =
  'applicant: applied, not approved. advocate: acted in the last 30 days and sold or brought in a recruit in the last 90. ' +
  'active: acted in the last 30 days. new: approved less than 30 days ago, no action since. dormant: approved, nothing for 30 days.';

/**
 * A suggested next step: `reason` in English, and `code` (with its values) for a reader's own
 * words: `reapply` gives `days`, `post_about_gift` the gift's `rewardTitle` and `dueAt`.
 */
export type NextAction = {
  action: string;
  code: NextStepCode;
  reason: string;
  link?: string;
  days?: number;
  rewardTitle?: string;
  dueAt?: string;
};

/** Which sentence a next step's `reason` is. */
export const NEXT_STEP_CODES = [
  'view_challenges',
  'submit_post',
  'share_link',
  'share_where_audience',
  'links_sell',
  'invite_friend',
  'wait_for_review',
  'reapply',
  'post_about_gift',
] as const;
type NextStepCode = (typeof NEXT_STEP_CODES)[number];

type Recent = { type: ActivityType; at: string };

function stageOf(member: Membership, recent: Recent[], now: Date): Stage {
  if (member.status === 'pending' || member.status === 'rejected') return 'applicant';
  const since = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const lately = recent.filter((a) => a.at >= since(RECENT_DAYS) && a.type !== 'approved');
  if (member.status === 'approved' && lately.length > 0) {
    return recent.some((a) => a.type === 'sold' || a.type === 'invited') ? 'advocate' : 'active';
  }
  if (member.status === 'approved' && member.statusAt >= since(RECENT_DAYS)) return 'new';
  return 'dormant';
}

/**
 * What usually comes next in this program after the ambassador's last action, from the last
 * three months' transitions: the chain, with no dead end.
 */
async function commonNext(
  programId: string,
  last: ActivityType | undefined,
  now: Date,
): Promise<string | undefined> {
  if (!last) return undefined;
  const months = [0, -1, -2].map((back) => addMonths(now.toISOString().slice(0, 7), back));
  const counts = new Map<string, number>();
  const pages = await Promise.all(months.map((m) => transitionsFrom(programId, m, last)));
  for (const { to, n } of pages.flat()) counts.set(to, (counts.get(to) ?? 0) + n);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const SUGGESTIONS: Record<string, NextAction> = {
  challenge_viewed: {
    action: 'view_challenges',
    code: 'view_challenges',
    reason: 'See this month’s challenges',
    link: '/challenges',
  },
  submitted: {
    action: 'submit_post',
    code: 'submit_post',
    reason: 'Post for an open challenge',
    link: '/challenges',
  },
  link_shared: {
    action: 'share_link',
    code: 'share_link',
    reason: 'Share your referral link or a tracked link',
    link: '/links',
  },
  clicked: {
    action: 'share_link',
    code: 'share_where_audience',
    reason: 'Share your link where your audience is',
    link: '/links',
  },
  sold: { action: 'share_link', code: 'links_sell', reason: 'Links that are shared sell', link: '/links' },
  invited: {
    action: 'invite_friend',
    code: 'invite_friend',
    reason: 'Invite a friend with your invite link',
    link: '/invite',
  },
};

function nextActions(
  program: Program,
  member: Membership,
  stage: Stage,
  recent: Recent[],
  usual?: string,
): NextAction[] {
  if (stage === 'applicant') {
    return [
      member.status === 'pending'
        ? { action: 'wait_for_review', code: 'wait_for_review', reason: 'Your application is being reviewed' }
        : {
            action: 'reapply',
            code: 'reapply',
            days: program.reapplyCooldownDays,
            reason: `You may apply again ${program.reapplyCooldownDays} days after the decision`,
          },
    ];
  }
  const done = new Set(recent.map((a) => a.type));
  const next: NextAction[] = [];
  const add = (suggestion: NextAction | undefined) => {
    if (suggestion && !next.some((n) => n.action === suggestion.action)) next.push(suggestion);
  };
  if (usual) add(SUGGESTIONS[usual]);
  if (!done.has('submitted')) add(SUGGESTIONS.submitted);
  if (!done.has('link_shared') && !done.has('clicked')) add(SUGGESTIONS.link_shared);
  if (stage === 'advocate' || stage === 'active') add(SUGGESTIONS.invited);
  if (stage === 'dormant' || stage === 'new') add(SUGGESTIONS.challenge_viewed);
  return next.slice(0, 3);
}

export type AmbassadorJourney = {
  ambassadorId: string;
  stage: Stage;
  rules: string;
  lastActionAt?: string;
  /** Actions in the last 30 days, by type. */
  last30Days: Partial<Record<ActivityType, number>>;
  next: NextAction[];
  /** `gift_not_posted`: a gift that asked for a post is past its deadline without one. */
  flags?: Array<'gift_not_posted'>;
  /** What the ambassador's posts with figures add up to (their latest counted reports). */
  figures: ReachTotals;
};

function formatDay(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short' }).format(
    new Date(instant),
  );
}

/** The journey of one member, for whoever may see it (already checked). */
export async function journeyOf(
  program: Program,
  member: Membership,
  now = new Date(),
): Promise<AmbassadorJourney> {
  // The last 90 days, bounded by time, not history; to the end of today, since the day's
  // clicks stand at its last instant.
  const recent = await recentActivities(
    program.programId,
    member.userId,
    new Date(now.getTime() - ADVOCACY_DAYS * DAY).toISOString(),
    `${now.toISOString().slice(0, 10)}T23:59:59.999Z~`,
    500,
  );
  const stage = stageOf(member, recent, now);
  const last30Days: Partial<Record<ActivityType, number>> = {};
  const since = new Date(now.getTime() - RECENT_DAYS * DAY).toISOString();
  for (const a of recent) if (a.at >= since) last30Days[a.type] = (last30Days[a.type] ?? 0) + 1;
  const [usual, gifts, figures] = await Promise.all([
    stage === 'applicant' ? undefined : commonNext(program.programId, recent[0]?.type, now),
    stage === 'applicant' ? [] : listGiftsAwaitingPostIn(program.programId, member.userId),
    findReachTotals(program.programId, member.userId),
  ]);
  // A gift that asks for a post comes first: the soonest deadline, with the ambassador's own date.
  const due = gifts.sort((a, b) => (a.followUp?.dueAt ?? '').localeCompare(b.followUp?.dueAt ?? ''));
  const giftSteps: NextAction[] = due.slice(0, 1).map((gift) => ({
    action: 'post_about_gift',
    code: 'post_about_gift',
    rewardTitle: gift.rewardTitle,
    ...(gift.followUp?.dueAt ? { dueAt: gift.followUp.dueAt } : {}),
    reason: `Post about your ${gift.rewardTitle} by ${formatDay(gift.followUp?.dueAt ?? '', program.timeZone)}`,
    link: `/programs/${program.programId}/challenges/${gift.followUp?.challengeId ?? ''}`,
  }));
  const overdue = due.some((gift) => (gift.followUp?.dueAt ?? '') < now.toISOString());
  return {
    ambassadorId: member.userId,
    stage,
    rules: STAGE_RULES,
    ...(recent[0] ? { lastActionAt: recent[0].at } : {}),
    last30Days,
    next: [...giftSteps, ...nextActions(program, member, stage, recent, usual)].slice(0, 3),
    ...(overdue ? { flags: ['gift_not_posted' as const] } : {}),
    figures,
  };
}

/**
 * An ambassador's stage on the journey and the suggested next actions (the ambassador
 * themself, or a manager). @throws AppError `forbidden`, `not_found`.
 */
export async function getAmbassadorJourney(user: AuthUser, programId: string, ambassadorId: string) {
  const access = await loadProgramAccess(user, programId);
  if (ambassadorId !== user.id) assertManager(access);
  const member = ambassadorId === user.id ? access.membership : await findMembership(programId, ambassadorId);
  if (member?.role !== 'ambassador') throw notFound('Ambassador');
  return journeyOf(access.program, member);
}
