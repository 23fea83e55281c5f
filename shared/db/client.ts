import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { env } from '../env.ts';

/**
 * One bare client per process, built at INIT. Timeouts are bounded so that
 * attempts × timeout stays below the Lambda timeout (see docs/decisions.md).
 */
export const dynamo = new DynamoDBClient({
  region: env.AWS_REGION,
  ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
  maxAttempts: 3,
  requestHandler: { requestTimeout: env.DYNAMODB_TIMEOUT_MS, connectionTimeout: 1000 },
});

export const db = DynamoDBDocumentClient.from(dynamo, {
  marshallOptions: { removeUndefinedValues: true },
});

export const tableName = env.TABLE_NAME;
