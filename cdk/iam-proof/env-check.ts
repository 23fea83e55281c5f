import type { FunctionName } from '../../shared/platform/routes.ts';
import type { UnsetVariable } from './accepted.ts';

/** What the environment check needs to know of each function. */
export type EnvFacts = {
  /** The variables the template sets (tokens unresolved). */
  set: Record<FunctionName, readonly string[]>;
  /** The env module's variables each bundle reads (cdk/iam-proof/env-usage.ts). */
  reads: Record<FunctionName, ReadonlySet<string>>;
  /** Whether NODE_OPTIONS took effect in the function's process (Node.js reads it, not our code). */
  sourceMapsEnabled: Record<FunctionName, boolean>;
  /** Variables without which the env module refuses to parse. */
  required: readonly string[];
  /** What Lambda sets in every function. */
  lambda: readonly string[];
  /** Variables a bundle may read unset, with their reasons. */
  accepted: Readonly<Record<string, UnsetVariable>>;
};

/**
 * The environment's problems, per function: a variable the template sets that nothing reads, a
 * variable read that neither the template nor Lambda sets and no reason explains, a required
 * one missing, one a function needs missing; and the reasons that explain nothing.
 */
export function envProblems(facts: EnvFacts): { problems: string[]; idleReasons: string[] } {
  const problems: string[] = [];
  const explained = new Set<string>();
  for (const name of Object.keys(facts.set) as FunctionName[]) {
    const set = facts.set[name];
    const reads = facts.reads[name];
    for (const variable of set) {
      if (variable === 'NODE_OPTIONS') {
        if (!facts.sourceMapsEnabled[name])
          problems.push(`${name}: NODE_OPTIONS did not turn source maps on`);
      } else if (!reads.has(variable) && !facts.required.includes(variable)) {
        problems.push(`${name}: the template sets ${variable}, which nothing in its bundle reads`);
      }
    }
    for (const [variable, accepted] of Object.entries(facts.accepted)) {
      if (accepted.mustBeSetFor) explained.add(variable);
      if (accepted.mustBeSetFor?.includes(name) && !set.includes(variable))
        problems.push(`${name}: needs ${variable}, which the template does not set`);
    }
    for (const variable of reads) {
      if (set.includes(variable) || facts.lambda.includes(variable)) continue;
      if (facts.required.includes(variable))
        problems.push(`${name}: reads ${variable}, which is required and not set`);
      else if (!facts.accepted[variable])
        problems.push(`${name}: reads ${variable}, which the template does not set and no reason explains`);
      else explained.add(variable);
    }
  }
  return {
    problems,
    idleReasons: Object.keys(facts.accepted).filter((variable) => !explained.has(variable)),
  };
}
