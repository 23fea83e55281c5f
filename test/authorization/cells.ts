import { ROUTES, type RouteDefinition } from '../../shared/platform/routes.ts';
import { type ApiResponse, createUser, type TestUser, whileUnavailable } from '../helpers.ts';
import {
  type Exception,
  expectedOutcome,
  MACHINE_ROLES,
  type Outcome,
  type Role,
  type Scope,
  USER_ROLES,
} from './expectations.ts';
import { freshTargets, machineHeaders, type ProgramWorld, userOf, type World } from './fixture.ts';
import { type CheckContext, defaultParams, type Phase, ROUTE_CASES } from './route-cases.ts';

/**
 * The cells of the authorization matrix and how one is sent: test/authorization-matrix.test.ts
 * checks every answer; cdk/iam-proof.test.ts sends the same requests to the deployed bundles
 * to record the AWS calls they make.
 */

/** One route × caller × program, with what it expects. */
export type Cell = {
  routeKey: string;
  route: RouteDefinition;
  role: Role;
  scope: Scope;
  outcome: Outcome;
  exception?: Exception;
};

export const routeKey = (route: RouteDefinition) => `${route.method} ${route.path}`;
const MACHINE_ACCESS = new Set(['apiKey', 'shopify']);

export function rolesFor(route: RouteDefinition): Role[] {
  return MACHINE_ACCESS.has(route.access) ? [...USER_ROLES, ...MACHINE_ROLES] : [...USER_ROLES, 'apiKey'];
}
export function scopesFor(route: RouteDefinition): Scope[] {
  return /\{(programId|slug|code)\}/.test(route.path) ? ['same', 'foreign'] : ['none'];
}

/** Every cell, generated from ROUTES: a new route brings its cells with it. */
export const CELLS: Cell[] = ROUTES.flatMap((route) =>
  rolesFor(route).flatMap((role) =>
    scopesFor(route).map((scope) => ({
      routeKey: routeKey(route),
      route,
      role,
      scope,
      ...expectedOutcome(routeKey(route), route.access, role, scope),
    })),
  ),
);

export const phaseOf = (route: RouteDefinition): Phase =>
  ROUTE_CASES[routeKey(route)]?.phase ??
  (route.method === 'GET' || route.method === 'HEAD' ? 'read' : 'write');
const successOf = (key: string) => ROUTE_CASES[key]?.success ?? 200;
export const expectedStatus = (cell: Cell) =>
  cell.outcome === 'allow' ? successOf(cell.routeKey) : cell.outcome;

/**
 * A route's path with its parameters filled in.
 * @throws Error naming a parameter with no fixture.
 */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${template}: no fixture for the path parameter {${name}}`);
    // A greedy parameter spans segments: its slashes stay slashes.
    return name.endsWith('+')
      ? value.split('/').map(encodeURIComponent).join('/')
      : encodeURIComponent(value);
  });
}

/** What sending one cell did. */
export type SentCell = {
  p: ProgramWorld;
  params: Record<string, string>;
  method: string;
  path: string;
  caller: TestUser | undefined;
  response: ApiResponse;
};

/**
 * Sends one cell's request as its caller, with fresh targets when it is expected to succeed.
 * @throws Error when the route has no request fixture in ROUTE_CASES.
 */
export async function sendCell(world: World, cell: Cell): Promise<SentCell> {
  const routeCase = ROUTE_CASES[cell.routeKey];
  if (!routeCase) throw new Error(`${cell.routeKey} has no request fixture in ROUTE_CASES`);
  const p = cell.scope === 'foreign' ? world.B : world.A;
  const allowed = cell.outcome === 'allow';
  const params = { ...defaultParams(p), ...routeCase.params?.(p) };
  if (allowed && routeCase.fresh) Object.assign(params, await routeCase.fresh(p, freshTargets(world)));
  if (!allowed && routeCase.spare) Object.assign(params, routeCase.spare(p));
  const path = fillPath(cell.route.path, params) + (routeCase.query?.(p) ?? '');
  const body = routeCase.body?.(p, params);
  const raw = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const roleUser = userOf(world, cell.role);
  // A route that deletes its caller is sent, where it would succeed, as a new user in the role's stead.
  const caller =
    allowed && routeCase.spendsCaller && roleUser ? await createUser({ name: 'spent' }) : roleUser;
  const method = cell.route.method === 'ANY' ? 'GET' : cell.route.method;
  // Cells run side by side on the same ambassadors and objects: a 503 "try again" wrote nothing,
  // and is sent again as a client would.
  const response = await whileUnavailable(() =>
    world.api.call(caller, method, path, raw, {
      ...routeCase.headers?.(),
      ...machineHeaders(world, cell.role, raw ?? ''),
    }),
  );
  return { p, params, method, path, caller, response };
}

/**
 * For a permitted cell: the route case's check that the call did what it says, then its cleanup.
 * @returns what is wrong, if anything.
 */
export async function checkCell(
  world: World,
  cell: Cell,
  sent: SentCell,
  handOut: CheckContext['handOut'],
): Promise<string | undefined> {
  const routeCase = ROUTE_CASES[cell.routeKey];
  const { p, params, caller, response } = sent;
  const context: CheckContext = {
    p,
    world,
    params,
    caller,
    member:
      cell.role === 'admin' ||
      (cell.scope === 'same' &&
        ['ambassador', 'anotherAmbassador', 'manager', 'brand', 'owner'].includes(cell.role)),
    handOut,
  };
  try {
    await routeCase?.check?.(response, context);
    await routeCase?.cleanup?.(response, context);
  } catch (error) {
    const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? '');
    return `${response.status}, but ${(error as Error).message}: ${text.slice(0, 300)}`;
  }
  return undefined;
}
