import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { keys } from '../db/keys.ts';

export type ReferralCodeRecord = { code: string; programId: string; userId: string; active: boolean };

/** Looks up a referral code; the redirect's one read. */
export async function findReferralCode(code: string): Promise<ReferralCodeRecord | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.referralCode(code) }));
  if (!Item || typeof Item.programId !== 'string' || typeof Item.userId !== 'string') return undefined;
  return { code, programId: Item.programId, userId: Item.userId, active: Item.active === true };
}

/** A program's landing URL alone (a projection), for the redirect. */
export async function findLandingUrl(programId: string): Promise<string | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.program(programId),
      ProjectionExpression: 'landingUrl',
    }),
  );
  return typeof Item?.landingUrl === 'string' ? Item.landingUrl : undefined;
}
