/**
 * Key builders for every entity. The only module that knows how keys are spelled.
 * Prefixes name the entity, so a key read in a console says what it is.
 */
export const ENTITY = {
  program: 'program',
  programSlug: 'programSlug',
  membership: 'membership',
  referralCode: 'referralCode',
  invitation: 'invitation',
} as const;

export type Entity = (typeof ENTITY)[keyof typeof ENTITY];

const programPk = (programId: string) => `PROGRAM#${programId}`;

export const keys = {
  program: (programId: string) => ({ pk: programPk(programId), sk: 'PROGRAM' }),
  programSlug: (slug: string) => ({ pk: `SLUG#${slug}`, sk: 'SLUG' }),
  membership: (programId: string, userId: string) => ({ pk: programPk(programId), sk: `MEMBER#${userId}` }),
  referralCode: (code: string) => ({ pk: `REFCODE#${code}`, sk: 'REFCODE' }),
  invitation: (programId: string, email: string) => ({ pk: programPk(programId), sk: `INVITE#${email}` }),
} as const;

/** GSI keys, by access pattern. */
export const indexKeys = {
  membershipsByUser: (userId: string, programId: string) => ({
    gsi1pk: `USER#${userId}`,
    gsi1sk: `PROGRAM#${programId}`,
  }),
  membershipsByUserPartition: (userId: string) => `USER#${userId}`,
  invitationsByEmail: (email: string, programId: string) => ({
    gsi1pk: `EMAIL#${email}`,
    gsi1sk: `INVITE#${programId}`,
  }),
  invitationsByEmailPartition: (email: string) => `EMAIL#${email}`,
  /** Sorted by the time the status was set, then id, so a page is stable and newest-first works. */
  ambassadorsByStatus: (programId: string, status: string, statusAt: string, userId: string) => ({
    gsi2pk: ambassadorsByStatusPartition(programId, status),
    gsi2sk: `${statusAt}#${userId}`,
  }),
  ambassadorsByStatusPartition: (programId: string, status: string) =>
    ambassadorsByStatusPartition(programId, status),
} as const;

function ambassadorsByStatusPartition(programId: string, status: string) {
  return `${programPk(programId)}#AMBASSADORS#${status}`;
}
