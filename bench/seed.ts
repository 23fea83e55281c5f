import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '#shared/db/client.ts';
import { membershipItem } from '#shared/programs/membership.store.ts';

/** An approved ambassador, written straight into the table: benchmarks seed volume, not behaviour. */
export async function insertAmbassador(programId: string, userId: string): Promise<void> {
  const at = new Date(Date.now() - 400 * 86_400_000).toISOString();
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: membershipItem({
        programId,
        userId,
        email: `${userId}@bench.example`,
        displayName: userId,
        role: 'ambassador',
        status: 'approved',
        statusAt: at,
        createdAt: at,
        updatedAt: at,
      }),
    }),
  );
}
