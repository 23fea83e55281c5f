import type { Access } from '../../shared/platform/routes.ts';

/**
 * Who calls. The eight people of issue 8, each an account in program A (or in none), two more
 * with a membership that grants nothing (a pending applicant, a suspended ambassador), and the
 * machine credentials: program A's API key (sent as a Bearer token to every route, so it is
 * proven to be no user token), a request signed with A's signing secret, and Shopify deliveries
 * signed with A's shop secret or a wrong one (those three only on the machine routes).
 */
export const USER_ROLES = [
  'anonymous',
  'stranger',
  'ambassador',
  'anotherAmbassador',
  'manager',
  'brand',
  'owner',
  'admin',
  'applicant',
  'suspended',
] as const;
export const MACHINE_ROLES = ['apiKey', 'signature', 'shopHmac', 'shopHmacWrong'] as const;
export type Role = (typeof USER_ROLES)[number] | (typeof MACHINE_ROLES)[number];

/**
 * `same`: the caller's own program A. `foreign`: program B, where none of A's people belong.
 * `none`: the route names no program (health, /api/me, creating a program, the docs).
 */
export type Scope = 'same' | 'foreign' | 'none';

/** What a cell expects: the route's own success status, or a refusal. */
export type Outcome = 'allow' | number;

type ProgramRole = 'unauthenticated' | 'none' | 'ambassador' | 'manager' | 'brand' | 'owner' | 'admin';

/** The caller's standing in the program the cell addresses. Platform admins act as owners everywhere. */
function programRole(role: Role, scope: Scope): ProgramRole {
  switch (role) {
    case 'anonymous':
    case 'apiKey':
    case 'signature':
    case 'shopHmac':
    case 'shopHmacWrong':
      return 'unauthenticated';
    case 'stranger':
    case 'applicant':
    case 'suspended':
      return 'none';
    case 'admin':
      return 'admin';
    case 'ambassador':
    case 'anotherAmbassador':
      return scope === 'same' ? 'ambassador' : 'none';
    case 'manager':
    case 'brand':
    case 'owner':
      return scope === 'same' ? role : 'none';
  }
}

const allowIf = (allowed: boolean): Outcome => (allowed ? 'allow' : 403);

/**
 * The rule the `access` column states, as a pure function. Unauthenticated callers get 401 on
 * every route that is not public; machine routes answer every wrong credential with 401.
 * `selfOrManager`, `self` and `selfOrSales`: the path names ambassador 1 of the addressed
 * program, so only "ambassador" in its own program is "self".
 * @throws Error for an access value it does not know, so a new kind of route fails loudly.
 */
export function expectedByAccess(access: Access, role: Role, scope: Scope): Outcome {
  if (access === 'public') return 'allow';
  if (access === 'apiKey')
    return (role === 'apiKey' || role === 'signature') && scope === 'same' ? 'allow' : 401;
  if (access === 'shopify') return role === 'shopHmac' && scope === 'same' ? 'allow' : 401;
  const standing = programRole(role, scope);
  if (standing === 'unauthenticated') return 401;
  switch (access) {
    case 'signedIn':
      return 'allow';
    case 'admin':
      return allowIf(standing === 'admin');
    case 'member':
      return allowIf(standing !== 'none');
    case 'manager':
      return allowIf(['manager', 'owner', 'admin'].includes(standing));
    case 'owner':
      return allowIf(['owner', 'admin'].includes(standing));
    case 'selfOrManager':
      return allowIf(
        ['manager', 'owner', 'admin'].includes(standing) || (role === 'ambassador' && scope === 'same'),
      );
    case 'self':
      return allowIf(role === 'ambassador' && scope === 'same');
    case 'selfOrSales':
      return allowIf(
        ['owner', 'brand', 'admin'].includes(standing) || (role === 'ambassador' && scope === 'same'),
      );
    case 'sales':
      return allowIf(['owner', 'brand', 'admin'].includes(standing));
    case 'staff':
      return allowIf(['owner', 'manager', 'brand', 'admin'].includes(standing));
    default: {
      const unknown: never = access;
      throw new Error(`No authorization rule for access "${String(unknown)}": add it to expectedByAccess`);
    }
  }
}

/** A cell where the real answer differs from the column's rule, and why that is right. */
export type Exception = {
  roles: readonly Role[];
  /** Default: every scope. */
  scopes?: readonly Scope[];
  status: number;
  reason: string;
};

const TEAM = ['manager', 'brand', 'owner', 'admin'] as const;

/** The team does not act as ambassadors: no referral code, no posts of their own. */
const ambassadorOnly = (what: string): Exception[] => [
  {
    roles: TEAM,
    scopes: ['same'],
    status: 403,
    reason: `${what}: the column says member, but only the program's ambassadors act as ambassadors`,
  },
  {
    roles: ['admin'],
    scopes: ['foreign'],
    status: 403,
    reason: `${what}: an admin acts as owner in every program, and owners do not act as ambassadors`,
  },
];

/**
 * The exceptions, by route. Each was checked against the code and judged right; where the API
 * was wrong, the code was fixed instead and the cell kept strict.
 */
export const EXCEPTIONS: Record<string, readonly Exception[]> = {
  'ANY /api/{proxy+}': [
    {
      roles: [...USER_ROLES, 'apiKey'],
      status: 404,
      reason:
        'the catch-all for unknown API paths answers everyone with the error-shaped 404, and does nothing else',
    },
  ],
  'ANY /r/{proxy+}': [
    {
      roles: [...USER_ROLES, 'apiKey'],
      status: 404,
      reason:
        'the catch-all for paths under /r/ that are no link answers everyone with the error-shaped 404, and does nothing else',
    },
  ],
  'POST /api/programs/{programId}/invitations/accept': [
    {
      roles: USER_ROLES.filter((role) => role !== 'anonymous'),
      status: 404,
      reason:
        'an invitation is addressed to an email, and none is addressed to these callers (an invitee accepting ' +
        'is proven separately)',
    },
  ],
  'POST /api/programs/{programId}/applications': [
    {
      roles: ['ambassador', 'anotherAmbassador', 'manager', 'brand', 'owner', 'applicant', 'suspended'],
      scopes: ['same'],
      status: 409,
      reason:
        'already in the program (a member, an application under review, a suspended ambassador): applying ' +
        'is a conflict, it never changes a membership',
    },
  ],
  'POST /api/programs/{programId}/challenges/{challengeId}/submissions': ambassadorOnly('submitting a post'),
  'POST /api/programs/{programId}/uploads': [
    {
      roles: ['brand'],
      scopes: ['same'],
      status: 403,
      reason: 'images are ambassadors’ proofs and managers’ reward pictures; brand users upload neither',
    },
  ],
  'POST /api/programs/{programId}/links': ambassadorOnly('making a tracked link from one’s referral code'),
  'POST /api/programs/{programId}/rewards/{rewardId}/redemptions': ambassadorOnly(
    'redeeming a reward with points',
  ),
  'GET /api/programs/{programId}/redemptions': [
    {
      roles: ['brand'],
      scopes: ['same'],
      status: 403,
      reason:
        'redemptions are the managers’ fulfilment queue and each ambassador’s own; brand users keep to sales',
    },
  ],
  'GET /api/programs/{programId}/redemptions/{redemptionId}': [
    {
      roles: ['anotherAmbassador', 'brand'],
      scopes: ['same'],
      status: 404,
      reason:
        'a redemption is its ambassador’s and the managers’: to anyone else in the program it does not exist',
    },
  ],
  'POST /api/programs/{programId}/redemptions/{redemptionId}/cancel': [
    ...ambassadorOnly('cancelling a redemption'),
    {
      roles: ['anotherAmbassador'],
      scopes: ['same'],
      status: 404,
      reason: 'only the ambassador who redeemed cancels; to another ambassador the redemption does not exist',
    },
  ],
  'GET /api/programs/{programId}/links': ambassadorOnly('reading one’s own referral links'),
  'GET /api/programs/{programId}/public-page': ambassadorOnly('reading one’s own public page settings'),
  'PUT /api/programs/{programId}/public-page': ambassadorOnly('changing one’s own public page'),
  'POST /api/programs/{programId}/submissions/{submissionId}/kudos': [
    ...ambassadorOnly('giving kudos'),
    {
      roles: ['ambassador'],
      scopes: ['same'],
      status: 422,
      reason: 'the submission is ambassador 1’s own post: no kudos to yourself',
    },
  ],
  'POST /api/programs/{programId}/submissions/{submissionId}/metrics': [
    {
      roles: ['anotherAmbassador', ...TEAM],
      scopes: ['same'],
      status: 403,
      reason: 'only the author reports a post’s figures; managers verify them, they do not report them',
    },
    {
      roles: ['admin'],
      scopes: ['foreign'],
      status: 403,
      reason: 'only the author reports a post’s figures, in any program',
    },
  ],
  'GET /api/programs/{programId}/submissions/{submissionId}/metrics': [
    {
      roles: ['anotherAmbassador'],
      scopes: ['same'],
      status: 403,
      reason: 'a post’s figures are its author’s and the team’s; other ambassadors see the gallery',
    },
  ],
  'PUT /api/programs/{programId}/submissions/{submissionId}': [
    {
      roles: ['anotherAmbassador', ...TEAM],
      scopes: ['same'],
      status: 403,
      reason: 'only the author resubmits a post; reviewers decide on it, they do not rewrite it',
    },
    {
      roles: ['admin'],
      scopes: ['foreign'],
      status: 403,
      reason: 'only the author resubmits a post, in any program',
    },
  ],
  'DELETE /api/programs/{programId}/submissions/{submissionId}/rights': [
    {
      roles: ['anotherAmbassador', ...TEAM],
      scopes: ['same'],
      status: 403,
      reason: 'only the author revokes the rights they granted with a post; the team and others cannot',
    },
    {
      roles: ['admin'],
      scopes: ['foreign'],
      status: 403,
      reason: 'only the author revokes the rights they granted, in any program',
    },
  ],
  'GET /api/programs/{programId}/submissions': [
    {
      roles: ['applicant', 'suspended'],
      scopes: ['same'],
      status: 200,
      reason:
        'an ambassador’s own submissions, whatever the membership’s status: a suspended ambassador still ' +
        'sees their past posts (as each one by id), an applicant an empty list; nobody else’s',
    },
    {
      roles: ['brand'],
      scopes: ['same'],
      status: 403,
      reason:
        'the list is the review queue (managers) or one’s own posts (ambassadors); brand users see approved ' +
        'posts in the gallery',
    },
  ],
  'GET /api/programs/{programId}/submissions/{submissionId}': [
    {
      roles: ['anotherAmbassador', 'brand'],
      scopes: ['same'],
      status: 403,
      reason:
        'a submission, with its feedback, is for its author and the reviewers; other members see approved ' +
        'posts in the gallery',
    },
  ],
};

/** The expected outcome of one cell, and the exception that decided it, if any. */
export function expectedOutcome(
  routeKey: string,
  access: Access,
  role: Role,
  scope: Scope,
): { outcome: Outcome; exception?: Exception } {
  const exception = EXCEPTIONS[routeKey]?.find(
    (e) => e.roles.includes(role) && (e.scopes === undefined || e.scopes.includes(scope)),
  );
  return exception
    ? { outcome: exception.status, exception }
    : { outcome: expectedByAccess(access, role, scope) };
}
