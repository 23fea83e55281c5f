import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { env } from '../env.ts';
import { SDK_TIMEOUTS, sdkRequestHandler } from '../timeout-ladder.ts';

/**
 * One bare client per process, built at INIT. Every attempt is bounded, so all of them with
 * the backoff stay below the Lambda timeout (the ladder in shared/platform/timeout-ladder.ts).
 */
export const dynamo = new DynamoDBClient({
  region: env.AWS_REGION,
  ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
  maxAttempts: SDK_TIMEOUTS.maxAttempts,
  requestHandler: sdkRequestHandler(env.DYNAMODB_TIMEOUT_MS),
});

export const db = DynamoDBDocumentClient.from(dynamo, {
  marshallOptions: { removeUndefinedValues: true },
});

export const tableName = env.TABLE_NAME;
