import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompiledRoute, compileRoutes } from '../../local/gateway.ts';
import { importHandlers } from '../../local/runtime.ts';
import { ROUTES } from '../../shared/platform/routes.ts';
import { type Api, startApi } from '../helpers.ts';
import { connectShop, createFixture, type Fixture } from './fixture.ts';
import {
  type Answer,
  authorize,
  type Documented,
  documentedInputs,
  type HostileRequest,
  hostileRequests,
  httpSender,
  inParallel,
  inProcessSender,
  planRoute,
  problemsWith,
  prototypeSnapshot,
  ROUTE_INPUTS,
  validRequest,
} from './hostile-requests.ts';
import { fuzzSeed } from './seed.ts';

export type HostileInputScale = {
  /** Generated requests per route through the handlers in-process. */
  inProcessRuns: number;
  /** Generated requests per route over real HTTP through the local gateway. */
  httpRuns: number;
  /** A fresh seed each run (`npm run test:stress`), instead of the fixed one `npm test` replays. */
  explore?: boolean;
};

/**
 * Every route of the table, hit with generated hostile requests by a caller that gets past
 * authorization: every answer is below 500, in the one error shape for 4xx, free of stack
 * traces, and the built-in prototypes keep their keys. The seed: see `./seed.ts`.
 */
export function describeHostileInput(scale: HostileInputScale): void {
  const seed = fuzzSeed(scale.explore === true);
  const pristine = prototypeSnapshot();
  const counts: Record<string, { cases: number; statuses: Record<number, number> }> = {};
  let api: Api;
  let fixture: Fixture;
  let compiled: CompiledRoute[];
  let documented: Record<string, Documented>;
  let inProcess: (request: HostileRequest) => Promise<Answer>;
  let overHttp: (request: HostileRequest) => Promise<Answer>;

  beforeAll(async () => {
    api = await startApi();
    fixture = await createFixture(api);
    compiled = compileRoutes(ROUTES);
    documented = documentedInputs();
    inProcess = inProcessSender(ROUTES, await importHandlers());
    overHttp = httpSender(api.url);
  });
  afterAll(async () => {
    await api?.close();
    if (process.env.EMBASSY_FUZZ_REPORT) {
      const total = Object.values(counts).reduce((sum, c) => sum + c.cases, 0);
      console.log(`hostile input, seed ${seed}: ${total} requests`);
      for (const [key, c] of Object.entries(counts))
        console.log(`${c.cases}\t${key}\t${JSON.stringify(c.statuses)}`);
    }
  });

  describe(`hostile input (seed ${seed})`, () => {
    it('has a row for every route, with a body and query wherever the API documents one', () => {
      for (const route of ROUTES) {
        const key = `${route.method} ${route.path}`;
        const input = ROUTE_INPUTS[key];
        expect(input, `${key} has no row in ROUTE_INPUTS`).toBeDefined();
        const doc = documented[key];
        if (doc?.body)
          expect(input?.body ?? input?.rawBody, `${key} documents a body: give a valid one`).toBeDefined();
        for (const name of doc?.requiredQuery ?? [])
          expect(Object.keys(input?.query?.(fixture) ?? {}), `${key} requires ?${name}`).toContain(name);
      }
      expect(Object.keys(ROUTE_INPUTS).sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    });

    for (const route of ROUTES) {
      const key = `${route.method} ${route.path}`;
      it(`${key}: ${scale.inProcessRuns} generated requests in-process and ${scale.httpRuns} over HTTP`, async () => {
        const plan = planRoute(route, fixture, documented[key]?.query ?? []);
        if (route.access === 'shopify') await connectShop(api, fixture.users.brand, fixture.programId);
        const tally: { cases: number; statuses: Record<number, number> } = { cases: 0, statuses: {} };
        counts[key] = tally;
        const failures = new Map<string, string>();
        const check = async (
          send: (r: HostileRequest) => Promise<Answer>,
          via: string,
          raw: HostileRequest,
        ) => {
          const request = authorize(raw, plan.caller, fixture);
          const answer = await send(request);
          tally.cases++;
          tally.statuses[answer.status] = (tally.statuses[answer.status] ?? 0) + 1;
          for (const problem of problemsWith(request, answer, { compiled, fixture })) {
            const label = `${problem} [${request.kind}]`;
            if (!failures.has(label))
              failures.set(
                label,
                `${via} ${request.method} ${request.target.slice(0, 200)} ${JSON.stringify(request.headers).slice(0, 200)} ` +
                  `body ${JSON.stringify(request.body.toString('utf8').slice(0, 200))} → ${answer.status} ${answer.text.slice(0, 300)}`,
              );
          }
          return answer;
        };

        // The valid request gets past authorization: the hostile ones reach validation and the services.
        const valid = await check(inProcess, 'in-process', validRequest(plan));
        expect([401, 403], `${key} valid request: ${valid.text.slice(0, 300)}`).not.toContain(valid.status);

        // Every case is checked and every distinct problem reported (no early stop, no shrinking), a few
        // at a time so the waits on DynamoDB overlap.
        const arbitrary = hostileRequests(plan);
        await inParallel(fc.sample(arbitrary, { numRuns: scale.inProcessRuns, seed }), (request) =>
          check(inProcess, 'in-process', request),
        );
        await inParallel(fc.sample(arbitrary, { numRuns: scale.httpRuns, seed: seed + 1 }), (request) =>
          check(overHttp, 'http', request),
        );

        expect(
          [...failures].map(([problem, example]) => `${problem}\n    ${example}`),
          `seed ${seed}`,
        ).toEqual([]);
        expect(prototypeSnapshot()).toBe(pristine);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }

    it('left the built-in prototypes as they were', () => {
      expect(prototypeSnapshot()).toBe(pristine);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.values(counts).reduce((sum, c) => sum + c.cases, 0)).toBeGreaterThanOrEqual(
        ROUTES.length * (scale.inProcessRuns + scale.httpRuns),
      );
    });
  });
}
