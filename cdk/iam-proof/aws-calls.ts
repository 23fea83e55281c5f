import type { FunctionName } from '../../shared/platform/routes.ts';
import { LOCAL_ACCOUNT, LOCAL_REGION, queueArnOf, tableArn } from './template-model.ts';

/**
 * What IAM authorises for one AWS request: each request is read the way the service reads it
 * (the target header and the JSON body for DynamoDB, Streams, Secrets Manager and SQS; method
 * and path for S3 and SES) and turned into the IAM actions and resource ARNs it is checked against.
 */

/** Who made a request, as the recording proxy tells from its signature. */
export type CallSource =
  /** The function's own SDK call, signed with its role's credentials. */
  | 'function'
  /** Someone using a URL the function presigned: S3 authorises it as the signer. */
  | 'presigned-url'
  /** Lambda's event source mapping reading the stream or the queue for the function, with its role. */
  | 'event-source-mapping';

/** One IAM authorisation a request needs. */
export type AwsCall = {
  /** `dynamodb`, `s3`, `secretsmanager`, `ses`, `sqs`. */
  service: string;
  /** The API operation, such as `TransactWriteItems` (several calls may come from one). */
  operation: string;
  /** The IAM action, such as `dynamodb:ConditionCheckItem`. */
  action: string;
  /** The resource ARN it is authorised on. */
  resource: string;
};

/** A call as recorded: which function, from what source, and what the service answered. */
export type RecordedCall = AwsCall & {
  fn: FunctionName;
  source: CallSource;
  status: number;
  /** The error type the service answered with (`ConditionalCheckFailedException`), if any. */
  error?: string;
};

const indexArn = (table: string, index: string) => `${tableArn(table)}/index/${index}`;

type DynamoBody = {
  TableName?: string;
  IndexName?: string;
  RequestItems?: Record<string, unknown>;
  TransactItems?: Array<Record<string, { TableName?: string }>>;
  StreamArn?: string;
  ShardIterator?: string;
};

/** DynamoDB's item operations inside TransactWriteItems, and the IAM action each is authorised as. */
const TRANSACT_ACTIONS: Record<string, string> = {
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  Delete: 'dynamodb:DeleteItem',
  ConditionCheck: 'dynamodb:ConditionCheckItem',
  Get: 'dynamodb:GetItem',
};

/**
 * The IAM authorisations of one DynamoDB or DynamoDB Streams request. There is no IAM action for
 * a transaction: TransactWriteItems and TransactGetItems are authorised item by item, as
 * PutItem, UpdateItem, DeleteItem, ConditionCheckItem and GetItem on each item's table.
 * @param streamOf The stream a shard iterator reads (GetRecords names only the iterator).
 */
export function dynamoCalls(
  target: string,
  body: DynamoBody,
  streamOf: (iterator: string) => string | undefined,
): AwsCall[] {
  const [prefix = '', operation = target] = target.split('.');
  const service = prefix.startsWith('DynamoDBStreams') ? 'dynamodb-streams' : 'dynamodb';
  const call = (action: string, resource: string): AwsCall => ({ service, operation, action, resource });
  if (service === 'dynamodb-streams') {
    const stream =
      body.StreamArn ?? (body.ShardIterator ? streamOf(body.ShardIterator) : undefined) ?? 'unknown-stream';
    return [call(`dynamodb:${operation}`, operation === 'ListStreams' ? '*' : stream)];
  }
  switch (operation) {
    case 'TransactWriteItems':
    case 'TransactGetItems':
      return (body.TransactItems ?? []).flatMap((item) =>
        Object.entries(item).map(([kind, detail]) =>
          call(TRANSACT_ACTIONS[kind] ?? `dynamodb:Transact${kind}`, tableArn(detail.TableName ?? '?')),
        ),
      );
    case 'BatchGetItem':
    case 'BatchWriteItem':
      return Object.keys(body.RequestItems ?? {}).map((table) =>
        call(`dynamodb:${operation}`, tableArn(table)),
      );
    case 'Query':
    case 'Scan':
      return [
        call(
          `dynamodb:${operation}`,
          body.IndexName ? indexArn(body.TableName ?? '?', body.IndexName) : tableArn(body.TableName ?? '?'),
        ),
      ];
    default:
      return [call(`dynamodb:${operation}`, tableArn(body.TableName ?? '?'))];
  }
}

/** The IAM authorisations of one S3 request (path-style: `/bucket/key`). */
export function s3Calls(method: string, url: URL): AwsCall[] {
  const [bucket = '', ...rest] = url.pathname.replace(/^\//, '').split('/');
  const key = decodeURIComponent(rest.join('/'));
  const object = `arn:aws:s3:::${bucket}/${key}`;
  const call = (operation: string, action: string, resource: string): AwsCall => ({
    service: 's3',
    operation,
    action,
    resource,
  });
  if (!key) {
    // Bucket-level operations: listing and HeadBucket are authorised as ListBucket.
    if (method === 'GET' || method === 'HEAD')
      return [call(`${method} bucket`, 's3:ListBucket', `arn:aws:s3:::${bucket}`)];
    return [call(`${method} bucket`, `s3:${method}Bucket?`, `arn:aws:s3:::${bucket}`)];
  }
  switch (method) {
    case 'PUT':
      return [call('PutObject', 's3:PutObject', object)];
    // HeadObject needs s3:GetObject; there is no separate action.
    case 'GET':
      return [call('GetObject', 's3:GetObject', object)];
    case 'HEAD':
      return [call('HeadObject', 's3:GetObject', object)];
    case 'DELETE':
      return [call('DeleteObject', 's3:DeleteObject', object)];
    default:
      return [call(`${method} object`, `s3:${method}Object?`, object)];
  }
}

/** The IAM authorisation of one Secrets Manager request: the action on the secret it names. */
export function secretsCalls(target: string, body: { SecretId?: string }): AwsCall[] {
  const operation = target.split('.').at(-1) ?? target;
  return [
    {
      service: 'secretsmanager',
      operation,
      action: `secretsmanager:${operation}`,
      resource: body.SecretId ?? '?',
    },
  ];
}

/**
 * The IAM authorisation of one SES v2 request. SendEmail is authorised against the sender's
 * identity (the address; in the SES sandbox also each recipient's, which the grant's `identity/*`
 * covers). A verified domain is an identity too, but the address is what SES checks first.
 */
export function sesCalls(method: string, path: string, body: { FromEmailAddress?: string }): AwsCall[] {
  if (method === 'POST' && path === '/v2/email/outbound-emails') {
    const from = /<([^>]+)>/.exec(body.FromEmailAddress ?? '')?.[1] ?? body.FromEmailAddress ?? '?';
    return [
      {
        service: 'ses',
        operation: 'SendEmail',
        action: 'ses:SendEmail',
        resource: `arn:aws:ses:${LOCAL_REGION}:${LOCAL_ACCOUNT}:identity/${from}`,
      },
    ];
  }
  if (method === 'GET' && path === '/v2/email/account') {
    // GetAccount has no resource type: IAM authorises it against `*`.
    return [{ service: 'ses', operation: 'GetAccount', action: 'ses:GetAccount', resource: '*' }];
  }
  return [{ service: 'ses', operation: `${method} ${path}`, action: `ses:${method}?`, resource: path }];
}

/**
 * The IAM authorisation of one SQS request: the action on the queue its URL names. A batch is
 * authorised as its single action (SendMessageBatch as `sqs:SendMessage`, DeleteMessageBatch as
 * `sqs:DeleteMessage`, ChangeMessageVisibilityBatch as `sqs:ChangeMessageVisibility`).
 */
export function sqsCalls(target: string, body: { QueueUrl?: string }): AwsCall[] {
  const operation = target.split('.').at(-1) ?? target;
  return [
    {
      service: 'sqs',
      operation,
      action: `sqs:${operation.replace(/Batch$/, '')}`,
      resource: queueArnOf(body.QueueUrl ?? '') ?? body.QueueUrl ?? '?',
    },
  ];
}
