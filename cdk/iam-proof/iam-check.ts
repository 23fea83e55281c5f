import type { FunctionName } from '../../shared/platform/routes.ts';
import type { RecordedCall } from './aws-calls.ts';
import {
  describeValue,
  type LocalResources,
  type PlacedStatement,
  resolveValue,
  type TemplateFunction,
  templateFormOf,
} from './template-model.ts';

/**
 * IAM's evaluation of identity policies, for the statements CDK writes: Allow and Deny with
 * Action and Resource lists and `*`/`?` wildcards (actions case-insensitive, resources not). An
 * explicit Deny wins; without an Allow the call is denied. Conditions, NotAction and NotResource
 * are refused rather than guessed at.
 */

/** A statement with its resources resolved to local ARNs. */
export type ResolvedStatement = PlacedStatement & {
  effect: 'Allow' | 'Deny';
  actions: string[];
  /** Each resource as the template writes it (cdk-nag's notation) and as resolved locally. */
  resources: Array<{ described: string; arn: string }>;
};

/**
 * A function's statements, resolved.
 * @throws Error for a statement this checker cannot evaluate faithfully, or a token with no local equivalent.
 */
export function resolveStatements(fn: TemplateFunction, resources: LocalResources): ResolvedStatement[] {
  return fn.statements.map((placed) => {
    const { statement } = placed;
    const where = `${fn.name}: ${placed.policyId} statement ${placed.index}`;
    if (statement.Condition || statement.NotAction || statement.NotResource || statement.Principal) {
      throw new Error(
        `${where} has Condition, NotAction, NotResource or Principal, which the IAM proof does not evaluate`,
      );
    }
    const listed = [statement.Resource ?? []].flat();
    return {
      ...placed,
      effect: statement.Effect,
      actions: [statement.Action ?? []].flat(),
      resources: listed.map((resource) => ({
        described: describeValue(resource),
        arn: String(resolveValue(resource, resources)),
      })),
    };
  });
}

/** IAM's wildcard match: `*` any run of characters, `?` any one. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value);
}

const statementCovers = (statement: ResolvedStatement, action: string, resource: string) =>
  statement.actions.some((a) => wildcardMatch(a, action, true)) &&
  statement.resources.some((r) => wildcardMatch(r.arn, resource));

/** Whether a function's statements let it make one call. */
export function isAllowed(statements: ResolvedStatement[], action: string, resource: string): boolean {
  if (statements.some((s) => s.effect === 'Deny' && statementCovers(s, action, resource))) return false;
  return statements.some((s) => s.effect === 'Allow' && statementCovers(s, action, resource));
}

/** A call the policy does not allow, with the statement that would. */
export type Violation = {
  fn: FunctionName;
  action: string;
  resource: string;
  calls: number;
  operations: string[];
  /** The statement to add, in the template's terms. */
  missing: { Effect: 'Allow'; Action: string; Resource: unknown };
  message: string;
};

/** Every recorded call that its function's policy does not allow, one entry per action and resource. */
export function findViolations(
  calls: RecordedCall[],
  policies: Record<FunctionName, { roleId: string; statements: ResolvedStatement[] }>,
  resources: LocalResources,
): Violation[] {
  const grouped = new Map<string, RecordedCall[]>();
  for (const call of calls) {
    const policy = policies[call.fn];
    if (isAllowed(policy.statements, call.action, call.resource)) continue;
    const key = `${call.fn}\u0000${call.action}\u0000${call.resource}`;
    grouped.set(key, [...(grouped.get(key) ?? []), call]);
  }
  return [...grouped.values()]
    .map((group) => {
      const [first] = group as [RecordedCall];
      const operations = [...new Set(group.map((call) => call.operation))].sort();
      const missing = {
        Effect: 'Allow' as const,
        Action: first.action,
        Resource: templateFormOf(first.resource, resources),
      };
      const message =
        `${first.fn}: ${first.action} on ${first.resource} is not allowed by the policy of its role ` +
        `${policies[first.fn].roleId} (${group.length} call${group.length === 1 ? '' : 's'}, by ` +
        `${operations.join(', ')}). Add the statement ${JSON.stringify(missing)}`;
      return {
        fn: first.fn,
        action: first.action,
        resource: first.resource,
        calls: group.length,
        operations,
        missing,
        message,
      };
    })
    .sort((a, b) => a.message.localeCompare(b.message));
}

/** One granted action on one granted resource, and how many recorded calls used it. */
export type GrantUsage = {
  fn: FunctionName;
  policyId: string;
  index: number;
  action: string;
  resource: string;
  calls: number;
};

/** How often each action × resource of each Allow statement was used by its function's calls. */
export function grantUsage(
  calls: RecordedCall[],
  policies: Record<FunctionName, { statements: ResolvedStatement[] }>,
): GrantUsage[] {
  return (Object.keys(policies) as FunctionName[]).flatMap((fn) =>
    policies[fn].statements
      .filter((statement) => statement.effect === 'Allow')
      .flatMap((statement) =>
        statement.actions.flatMap((action) =>
          statement.resources.map((resource) => ({
            fn,
            policyId: statement.policyId,
            index: statement.index,
            action,
            resource: resource.described,
            calls: calls.filter(
              (call) =>
                call.fn === fn &&
                wildcardMatch(action, call.action, true) &&
                wildcardMatch(resource.arn, call.resource),
            ).length,
          })),
        ),
      ),
  );
}
