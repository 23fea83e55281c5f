import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CfnElement, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { type IRole, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { FUNCTIONS, type FunctionName } from '../shared/platform/routes.ts';
import { suppress } from './nag-suppressions.ts';

/** The repository root: entries in FUNCTIONS and the lock file are relative to it. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let bundled: string | undefined;

/**
 * What each table mode of FUNCTIONS may do to the table's items. ConditionCheckItem goes with
 * the writes: it only means something inside TransactWriteItems, which IAM authorises item by
 * item (PutItem, UpdateItem, DeleteItem, ConditionCheckItem); there is no TransactWriteItems action.
 */
const TABLE_ITEM_ACTIONS = {
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
  // The redirect writes clicks (and analytics its monthly reports): PutItem, and no other write.
  readAndPut: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
  readWrite: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
    'dynamodb:ConditionCheckItem',
  ],
} as const;

/**
 * Where a function's bundle is: every function is bundled once per process, before the first
 * is defined, into `.bundles/` (esbuild's plugins need its asynchronous API, so in a child
 * process; about five seconds for all of them).
 */
export function functionBundleDir(name: FunctionName): string {
  if (!bundled) {
    const outDir = path.join(REPO_ROOT, '.bundles');
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, 'cdk', 'bundle-functions.ts'), outDir],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    bundled = outDir;
  }
  return path.join(bundled, name);
}

/**
 * Builds the stacks of this process from bundles already in `dir` (one folder per function, as
 * `bundleAll` in cdk/bundling.ts writes them) instead of bundling into `.bundles/`. The IAM proof
 * (cdk/iam-proof.test.ts) runs the very bundles it synthesises, in a folder of its own, so it
 * never rewrites `.bundles/` while another test process synthesises from it.
 */
export function useBundlesIn(dir: string): void {
  bundled = dir;
}

/** Properties of an {@link EmbassyFunction}. */
export type EmbassyFunctionProps = {
  /** The row of FUNCTIONS in shared/platform/routes.ts: entry, memory and timeout come from there. */
  name: FunctionName;
  /** Extra environment variables. TABLE_NAME is set by {@link EmbassyFunction.bindTable}. */
  environment?: Record<string, string>;
  /**
   * Concurrency reserved for this function: at once its guaranteed share of the account's
   * concurrency and its ceiling. Unset, it draws on the account's unreserved pool.
   */
  reservedConcurrency?: number;
};

/**
 * A Lambda function with Embassy's fixed defaults: ARM64, Node.js 22, one minified ESM bundle
 * with the AWS SDK inside, source maps, and its own log group with a retention period.
 */
export class EmbassyFunction extends Construct {
  /** The underlying function, for integrations and metrics. */
  readonly fn: LambdaFunction;
  /** The function's log group, which the stack owns (deleted with it, kept for a month). */
  readonly logGroup: LogGroup;
  /** The execution role. It can write to its own log group and nothing else until granted. */
  readonly role: IRole;

  constructor(scope: Construct, id: string, props: EmbassyFunctionProps) {
    super(scope, id);
    const definition = FUNCTIONS[props.name];

    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role instead of AWSLambdaBasicExecutionRole: that managed policy may create
    // log groups and write to any of them, while this role may write only to its own.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(role);
    this.role = role;

    this.fn = new LambdaFunction(this, 'Function', {
      // Bundled by cdk/bundling.ts (esbuild, with the plugins NodejsFunction cannot take).
      code: Code.fromAsset(functionBundleDir(props.name)),
      handler: 'index.handler',
      architecture: Architecture.ARM_64,
      runtime: Runtime.NODEJS_22_X,
      memorySize: definition.memoryMb,
      timeout: Duration.seconds(definition.timeoutSeconds),
      logGroup: this.logGroup,
      role,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      ...(props.reservedConcurrency ? { reservedConcurrentExecutions: props.reservedConcurrency } : {}),
    });

    suppress(this.fn, 'functionRuntime');
  }

  /**
   * Grants the function access to the table and sets TABLE_NAME in the same call, so the
   * permission and the variable the code reads cannot drift apart. The actions are exactly what
   * the stores call (cdk/iam-proof.test.ts records them): items on the table, and Query on its
   * indexes. Not CDK's grantReadWriteData: that adds Scan (nothing scans), DescribeTable (nothing
   * describes), stream reads on the table's own ARN (which no stream ARN matches) and item
   * actions on the indexes (which hold no items to act on).
   */
  bindTable(table: ITable, mode: 'read' | 'readAndPut' | 'readWrite'): void {
    this.fn.addToRolePolicy(
      new PolicyStatement({ actions: [...TABLE_ITEM_ACTIONS[mode]], resources: [table.tableArn] }),
    );
    this.fn.addToRolePolicy(
      new PolicyStatement({ actions: ['dynamodb:Query'], resources: [`${table.tableArn}/index/*`] }),
    );
    this.fn.addEnvironment('TABLE_NAME', table.tableName);

    // DynamoDB names a table's indexes under `table/{name}/index/{index}`; the grant covers
    // this table's indexes and no other resource.
    const tableElement = table.node.defaultChild as CfnElement | undefined;
    if (tableElement) {
      suppress(
        this.role,
        'tableIndexes',
        `Resource::<${Stack.of(table).getLogicalId(tableElement)}.Arn>/index/*`,
      );
    }
  }

  /**
   * Lets the function presign uploads to, and reads of, the media bucket under `keys`, and sets
   * MEDIA_BUCKET, in one call. A presigned URL carries the signer's rights, so the grant is the
   * upper bound of what any URL it hands out can do.
   */
  bindMedia(bucket: IBucket, keys: string, readOnly = false): void {
    // Exactly what presigned PUTs and GETs (and HeadObject) need; the generic grants add wildcards.
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions: readOnly ? ['s3:GetObject'] : ['s3:PutObject', 's3:GetObject'],
        resources: [bucket.arnForObjects(keys)],
      }),
    );
    this.fn.addEnvironment('MEDIA_BUCKET', bucket.bucketName);
    const bucketElement = bucket.node.defaultChild as CfnElement | undefined;
    if (bucketElement) {
      suppress(
        this.role,
        'mediaKeys',
        `Resource::<${Stack.of(bucket).getLogicalId(bucketElement)}.Arn>/${keys}`,
      );
    }
  }

  /**
   * Lets the function read thumbnails in the media bucket (see whether one is there and sign
   * links to it: GetObject) or write them (PutObject, nothing else), under `keys`. MEDIA_BUCKET
   * comes with {@link bindMedia}, which every function that touches thumbnails also has.
   */
  bindThumbnails(bucket: IBucket, keys: string, mode: 'read' | 'write'): void {
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions: [mode === 'read' ? 's3:GetObject' : 's3:PutObject'],
        resources: [bucket.arnForObjects(keys)],
      }),
    );
    const bucketElement = bucket.node.defaultChild as CfnElement | undefined;
    if (bucketElement) {
      suppress(
        this.role,
        'thumbnailKeys',
        `Resource::<${Stack.of(bucket).getLogicalId(bucketElement)}.Arn>/${keys}`,
      );
    }
  }

  /**
   * Lets the function delete objects of the media bucket under `prefixes` (DeleteObject alone: it
   * reads and lists nothing), and sets MEDIA_BUCKET.
   */
  bindMediaDeletes(bucket: IBucket, prefixes: readonly string[]): void {
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:DeleteObject'],
        resources: prefixes.map((prefix) => bucket.arnForObjects(prefix)),
      }),
    );
    this.fn.addEnvironment('MEDIA_BUCKET', bucket.bucketName);
    const bucketElement = bucket.node.defaultChild as CfnElement | undefined;
    if (bucketElement) {
      const arn = `<${Stack.of(bucket).getLogicalId(bucketElement)}.Arn>`;
      for (const prefix of prefixes) suppress(this.role, 'mediaDeletes', `Resource::${arn}/${prefix}`);
    }
  }

  /**
   * Sets MAIL_TRANSPORT (and MAIL_FROM) and grants sending in the same call, like
   * {@link bindTable}. Without a sender, mail is off: MAIL_TRANSPORT is `none` and nothing is
   * granted.
   * @param from The sender, such as `Embassy <hello@brand.example>`. The operator must verify its
   * address or domain as an SES identity in the stack's region first, or SES rejects every send.
   */
  bindMail(from: string | undefined): void {
    this.fn.addEnvironment('MAIL_TRANSPORT', from ? 'ses' : 'none');
    if (!from) return;
    this.fn.addEnvironment('MAIL_FROM', from);

    // SES authorises a send against every identity involved: the sender's and, while the
    // account is in the SES sandbox, each recipient's too. Hence the account's identities in
    // this region rather than the one sender's; verifying identities stays with the operator.
    const identities = Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: '*' });
    this.fn.addToRolePolicy(
      // SES v2 SendEmail with simple content is authorised as ses:SendEmail alone; SendRawEmail is
      // the v1 raw-MIME API, which the notifier never calls.
      new PolicyStatement({ actions: ['ses:SendEmail'], resources: [identities] }),
    );
    // The account's sending rate, which the sends are paced to (shared/notifications/mail-transport.ts).
    // GetAccount has no resource type: IAM only takes `*` for it.
    this.fn.addToRolePolicy(new PolicyStatement({ actions: ['ses:GetAccount'], resources: ['*'] }));
    suppress(
      this.role,
      'sesIdentities',
      'Resource::arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/*',
    );
    suppress(this.role, 'sesAccount', 'Resource::*');
  }

  /**
   * Lets the function read one secret and sets `{variable}_ARN` to it, in one call. The function
   * reads the value from Secrets Manager on first use (shared/platform/secrets/secret.store.ts): the
   * value is in neither the template nor the function's configuration.
   * @param variable The env module's name for the value, such as `SIGNING_MASTER_KEY`.
   */
  bindSecret(secret: ISecret, variable: string): void {
    // GetSecretValue alone: Secret.grantRead adds DescribeSecret, which the secret store never
    // calls. The secrets use Secrets Manager's AWS managed key, so no KMS grant is needed.
    this.fn.addToRolePolicy(
      new PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }),
    );
    this.fn.addEnvironment(`${variable}_ARN`, secret.secretArn);
  }
}
