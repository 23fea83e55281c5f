import type { CfnElement } from 'aws-cdk-lib';
import { FUNCTIONS, type FunctionName } from '../../shared/platform/routes.ts';
import type { EmbassyStack } from '../embassy-stack.ts';

/**
 * What the IAM proof reads from the synthesised CloudFormation template: each function's
 * environment and its role's policy statements, and how their tokens (Ref, Fn::GetAtt,
 * Fn::Join) resolve to the local stand-ins the proof runs against.
 */

/** The account and region the local ARNs are built in (the handlers run with AWS_REGION=local). */
export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_REGION = 'local';

/** A CloudFormation template as JSON. */
export type TemplateJson = {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
};

/** One IAM policy statement as the template writes it. */
export type TemplateStatement = {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  Resource?: unknown;
  Condition?: unknown;
  NotAction?: unknown;
  NotResource?: unknown;
  Principal?: unknown;
};

/** One statement of a function's role, and where it sits in the template. */
export type PlacedStatement = { policyId: string; index: number; statement: TemplateStatement };

/** One function as deployed: its logical ids, its environment and its role's statements. */
export type TemplateFunction = {
  name: FunctionName;
  functionId: string;
  roleId: string;
  /** `Environment.Variables`, with the template's tokens unresolved. */
  environment: Record<string, unknown>;
  statements: PlacedStatement[];
  /** The queues an event source mapping feeds it from. */
  queueSources: QueueSource[];
};

/** An SQS event source mapping of a function, as the template configures it. */
export type QueueSource = {
  queueId: string;
  batchSize: number;
  reportBatchItemFailures: boolean;
  /** Receives after which the queue's redrive policy parks a message; undefined: never. */
  maxReceiveCount: number | undefined;
};

type TemplateResources = TemplateJson['Resources'];

/** The SQS queues that event source mappings of the template feed a function from. */
function queueSourcesOf(resources: TemplateResources, functionId: string): QueueSource[] {
  return Object.values(resources).flatMap((mapping) => {
    if (mapping.Type !== 'AWS::Lambda::EventSourceMapping') return [];
    const properties = mapping.Properties ?? {};
    if (JSON.stringify(properties.FunctionName) !== JSON.stringify({ Ref: functionId })) return [];
    const [queueId = ''] = (properties.EventSourceArn as { 'Fn::GetAtt'?: string[] })['Fn::GetAtt'] ?? [];
    const queue = resources[queueId];
    if (queue?.Type !== 'AWS::SQS::Queue') return [];
    const redrive = queue.Properties?.RedrivePolicy as { maxReceiveCount?: number } | undefined;
    return [
      {
        queueId,
        // Lambda's default for an SQS source.
        batchSize: Number(properties.BatchSize ?? 10),
        reportBatchItemFailures: ((properties.FunctionResponseTypes ?? []) as string[]).includes(
          'ReportBatchItemFailures',
        ),
        maxReceiveCount: redrive?.maxReceiveCount,
      },
    ];
  });
}

/**
 * Every function of FUNCTIONS as the template deploys it.
 * @throws Error when a function or its role is missing from the template.
 */
export function templateFunctions(
  template: TemplateJson,
  stack: EmbassyStack,
): Record<FunctionName, TemplateFunction> {
  const logicalId = (element: unknown) => stack.getLogicalId(element as CfnElement);
  const entries = (Object.keys(FUNCTIONS) as FunctionName[]).map((name) => {
    const construct = stack.functions[name];
    const functionId = logicalId(construct.fn.node.defaultChild);
    const roleId = logicalId(construct.role.node.defaultChild);
    const resource = template.Resources[functionId];
    if (resource?.Type !== 'AWS::Lambda::Function') throw new Error(`${name}: no function ${functionId}`);
    const environment =
      (resource.Properties?.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ??
      {};
    const statements = Object.entries(template.Resources).flatMap(([policyId, policy]) => {
      if (policy.Type !== 'AWS::IAM::Policy') return [];
      const roles = (policy.Properties?.Roles ?? []) as unknown[];
      if (!roles.some((role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId }))) return [];
      const document = policy.Properties?.PolicyDocument as { Statement: TemplateStatement[] };
      return document.Statement.map((statement, index) => ({ policyId, index, statement }));
    });
    const queueSources = queueSourcesOf(template.Resources, functionId);
    return [name, { name, functionId, roleId, environment, statements, queueSources }] as const;
  });
  return Object.fromEntries(entries) as Record<FunctionName, TemplateFunction>;
}

/** What a resource of the template is locally: its `Ref` value and its attributes. */
export type LocalResource = { type: string; ref?: string; attributes: Record<string, string> };

/** The local equivalent of every resource a token may name, by logical id. */
export type LocalResources = Record<string, LocalResource>;

const PSEUDO_PARAMETERS: Record<string, string> = {
  'AWS::Region': LOCAL_REGION,
  'AWS::AccountId': LOCAL_ACCOUNT,
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'Embassy',
};

/** A DynamoDB table's ARN in the local account and region. */
export const tableArn = (tableName: string) =>
  `arn:aws:dynamodb:${LOCAL_REGION}:${LOCAL_ACCOUNT}:table/${tableName}`;

/** An SQS queue's URL in the local account and region, as SQS writes it. */
export const queueUrl = (queueName: string) =>
  `https://sqs.${LOCAL_REGION}.amazonaws.com/${LOCAL_ACCOUNT}/${queueName}`;

/** The queue ARN a queue URL names (`https://sqs.{region}.amazonaws.com/{account}/{name}`), if it is one. */
export function queueArnOf(url: string): string | undefined {
  const match = /^https:\/\/sqs\.([^.]+)\.amazonaws\.com\/(\d{12})\/([\w-]+)$/.exec(url);
  if (!match) return undefined;
  const [, region, account, name] = match;
  return `arn:aws:sqs:${region}:${account}:${name}`;
}

/**
 * The local equivalents of a template's resources. Tables, buckets, the user pool and its client
 * come from `known` (the stand-ins the proof started); log groups, queues and secrets get ARNs
 * in the local account, named after their logical ids; a distribution its domain name.
 */
export function localResources(template: TemplateJson, known: LocalResources): LocalResources {
  const resources: LocalResources = {};
  for (const [id, { Type: type }] of Object.entries(template.Resources)) {
    const arn = (service: string, resource: string) =>
      `arn:aws:${service}:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${resource}`;
    if (known[id]) resources[id] = known[id];
    else if (type === 'AWS::Logs::LogGroup')
      resources[id] = { type, ref: id, attributes: { Arn: arn('logs', `log-group:${id}:*`) } };
    else if (type === 'AWS::SQS::Queue')
      // A queue's Ref is its URL; CloudFormation names a queue the template leaves unnamed.
      resources[id] = {
        type,
        ref: queueUrl(id),
        attributes: { Arn: arn('sqs', id), QueueName: id, QueueUrl: queueUrl(id) },
      };
    else if (type === 'AWS::CloudFront::Distribution')
      // The dashboard's domain, which the notifier links emails to (PUBLIC_URL).
      resources[id] = { type, ref: id, attributes: { DomainName: `${id.toLowerCase()}.cloudfront.net` } };
    else if (type === 'AWS::SecretsManager::Secret')
      // Secrets Manager appends six random characters to a secret's name in its ARN.
      resources[id] = { type, ref: arn('secretsmanager', `secret:${id}-AbCdEf`), attributes: {} };
  }
  return resources;
}

/**
 * Resolves a template value (a string, Ref, Fn::GetAtt, Fn::Join, or a list of them) to its
 * local value.
 * @throws Error naming the token when it has no local equivalent, or an intrinsic not handled here.
 */
export function resolveValue(value: unknown, resources: LocalResources): string | string[] {
  if (Array.isArray(value)) return value.map((item) => resolveString(item, resources));
  return resolveString(value, resources);
}

function resolveString(value: unknown, resources: LocalResources): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const token = value as Record<string, unknown>;
  if (typeof token.Ref === 'string') {
    const pseudo = PSEUDO_PARAMETERS[token.Ref];
    if (pseudo !== undefined) return pseudo;
    const ref = resources[token.Ref]?.ref;
    if (ref === undefined) throw new Error(`${JSON.stringify(value)} has no local equivalent`);
    return ref;
  }
  const getAtt = token['Fn::GetAtt'] as [string, string] | undefined;
  if (getAtt) {
    const attribute = resources[getAtt[0]]?.attributes[getAtt[1]];
    if (attribute === undefined) throw new Error(`${JSON.stringify(value)} has no local equivalent`);
    return attribute;
  }
  const join = token['Fn::Join'] as [string, unknown[]] | undefined;
  if (join) return join[1].map((part) => resolveString(part, resources)).join(join[0]);
  throw new Error(`${JSON.stringify(value)}: the IAM proof resolves Ref, Fn::GetAtt and Fn::Join only`);
}

/** A template value as cdk-nag writes it: `<TableCD117FA1.Arn>/index/*`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(describeValue).join(', ');
  const token = value as Record<string, unknown>;
  if (typeof token.Ref === 'string') return `<${token.Ref}>`;
  const getAtt = token['Fn::GetAtt'] as [string, string] | undefined;
  if (getAtt) return `<${getAtt[0]}.${getAtt[1]}>`;
  const join = token['Fn::Join'] as [string, unknown[]] | undefined;
  if (join) return join[1].map(describeValue).join(join[0]);
  return JSON.stringify(value);
}

/**
 * A local ARN in the template's terms, for a statement to add: the attribute of a resource it
 * starts with (the longest such), followed by the rest.
 */
export function templateFormOf(localArn: string, resources: LocalResources): unknown {
  let best: { id: string; attribute: string; value: string } | undefined;
  for (const [id, resource] of Object.entries(resources)) {
    for (const [attribute, value] of Object.entries(resource.attributes)) {
      if (localArn.startsWith(value) && value.length > (best?.value.length ?? 0))
        best = { id, attribute, value };
    }
  }
  if (!best) return localArn;
  const getAtt = { 'Fn::GetAtt': [best.id, best.attribute] };
  const rest = localArn.slice(best.value.length);
  return rest ? { 'Fn::Join': ['', [getAtt, rest]] } : getAtt;
}
