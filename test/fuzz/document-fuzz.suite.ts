import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompiledRoute, compileRoutes } from '../../local/gateway.ts';
import { importHandlers } from '../../local/runtime.ts';
import { ROUTES } from '../../shared/platform/routes.ts';
import { contract, type Exchange, type OpenApiContract } from '../contract/openapi-contract.ts';
import { type Api, startApi } from '../helpers.ts';
import {
  type DocumentOperation,
  documentAccepts,
  documentOperations,
  type Intent,
  operationRequests,
  type PlannedRequest,
} from './document-requests.ts';
import { connectShop, createFixture, type Fixture, SHOP_DOMAIN, SHOP_SECRET } from './fixture.ts';
import { DocumentArbitraries } from './from-document.ts';
import {
  type Answer,
  authorize,
  type HostileRequest,
  inParallel,
  inProcessSender,
  planRoute,
  problemsWith,
  prototypeSnapshot,
  UNSUBSCRIBE_TOKEN,
} from './hostile-requests.ts';
import { fuzzSeed } from './seed.ts';

export type DocumentFuzzScale = {
  /** Requests over all operations together (each gets at least `MIN_PER_OPERATION`). */
  requests: number;
  /** A fresh seed each run (`npm run test:stress`), instead of the fixed one `npm test` replays. */
  explore?: boolean;
};

/**
 * Every operation gets at least this many requests, however the rest is shared: with 118
 * operations and 3,000 shared by weight, about 5,500 in all (the share `npm test` gave this file
 * when there were 55 operations at 60 each was about 4,000; at 25 each one operation drew no
 * broken request from the fixed seed).
 */
const MIN_PER_OPERATION = 40;
/**
 * Requests between two restorations of the fixture's names (program slug, landing URL, domains,
 * Shopify connection, the calling ambassador's standing), which valid requests may change.
 */
const CHUNK = 500;

/** What one run saw: the figures SECURITY.md quotes. */
export type DocumentFuzzReport = {
  seed: number;
  requests: number;
  operations: number;
  operationsInDocument: number;
  /** Operations that answered 2xx or 3xx at least once: requests that got through the handler. */
  operationsAccepted: number;
  statuses: Record<string, number>;
  byIntent: Record<string, Record<string, number>>;
  byOperation: Record<string, { requests: number; statuses: Record<string, number> }>;
  fiveXx: number;
  contractProblems: number;
  otherProblems: number;
  /** Requests the document accepts that the server refused (400, 409, 422), by message: where it is looser. */
  validRefused: Record<string, number>;
  /** Documented responses (operation and status) that some answer matched, of all documented. */
  responsesSeen: number;
  responsesDocumented: number;
  /** Each distinct problem, how often, and the first request that showed it. */
  problems: string[];
  seconds: number;
};

/** The real records of the fixture by the names parameters and properties use for them. */
function realValues(f: Fixture): Record<string, readonly unknown[]> {
  const month = new Date().toISOString().slice(0, 7);
  const tiers = ['member', 'insider', 'expert'];
  return {
    programId: [f.programId],
    token: [UNSUBSCRIBE_TOKEN],
    upTo: ['01JABCDEFGHJKMNPQRSTVWXYZ0'],
    ambassadorId: [f.ambassadorId, f.applicantId, f.users.ambassador.id],
    challengeId: [f.challengeId, f.draftChallengeId],
    prerequisites: [f.challengeId, f.draftChallengeId],
    submissionId: [f.submissionId, f.approvedSubmissionId, f.ownApprovedSubmissionId],
    reportId: [f.metricsReportId],
    endpointId: [f.webhookEndpointId],
    deliveryId: [f.webhookDeliveryId],
    keyId: [f.spareKeyId],
    secretId: [f.spareSecretId],
    orderId: [f.orderId],
    rewardId: [f.rewardId],
    redemptionId: [f.redemptionId],
    followUpChallengeId: [f.challengeId],
    payoutId: ['01JABCDEFGHJKMNPQRSTVWXYZ0'],
    ambassadorIds: [f.ambassadorId, f.users.ambassador.id],
    iban: ['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00', 'FR1420041010050500013M02606'],
    bic: ['COBADEFFXXX', 'BNPAFRPP'],
    code: [f.code, f.code.toLowerCase()],
    referralCode: [f.code],
    picks: [f.linkSlug],
    ref: [f.code],
    month: ['2026-01', month],
    period: ['all', month],
    termsVersion: ['1'],
    minTier: tiers,
    'byTier{}': tiers,
    shopDomain: [SHOP_DOMAIN],
    webhookSecret: [SHOP_SECRET],
    adminAccessToken: ['shpat_fuzz0123456789abcdef0123'],
    destination: ['https://shop.example.com/summer', f.landingUrl],
    landingUrl: [f.landingUrl],
    termsUrl: ['https://example.com/terms'],
    allowedDomains: f.allowedDomains,
    currency: ['EUR', 'USD', 'JPY'],
    timeZone: ['Europe/Berlin', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns'],
    postUrl: ['https://www.instagram.com/p/FUZZ123/', 'https://www.tiktok.com/@fiesta/video/1234567890'],
    email: ['fuzz@example.com'],
    customerEmail: ['buyer@example.com'],
  };
}

/** A deterministic shuffle (mulberry32), so a seed replays the same order. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The requests of a run: every operation's share (more for those with a body or query), each
 * operation drawn from its own seed, all interleaved in one order.
 */
export function planRequests(
  operations: DocumentOperation[],
  fixture: Fixture,
  gen: DocumentArbitraries,
  checker: OpenApiContract,
  total: number,
  seed: number,
): PlannedRequest[] {
  const weights = operations.map(
    (op) => 1 + (op.body ? 2 : 0) + op.parameters.filter((p) => p.in === 'query').length / 4,
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  const planned = operations.flatMap((op, i) => {
    const route = ROUTES.find((r) => `${r.method} ${r.path}` === op.key);
    if (!route) throw new Error(`${op.key} is in the document but not in the route table`);
    const plan = planRoute(
      route,
      fixture,
      op.parameters.filter((p) => p.in === 'query').map((p) => p.name),
    );
    const runs = Math.max(MIN_PER_OPERATION, Math.ceil((total * (weights[i] ?? 1)) / sum));
    return fc.sample(operationRequests(op, plan, gen, checker.allowedMethods(op.path)), {
      numRuns: runs,
      seed: seed + i,
    });
  });
  return shuffled(planned, seed);
}

/** Puts back what valid requests may have changed that later requests rely on. */
async function restoreFixture(api: Api, f: Fixture): Promise<void> {
  const program = await again(() =>
    api.call(f.users.admin, 'PATCH', `/api/programs/${f.programId}`, {
      slug: f.slug,
      landingUrl: f.landingUrl,
      allowedDomains: f.allowedDomains,
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
      termsVersion: '1',
    }),
  );
  expect(program.status, JSON.stringify(program.body)).toBe(200);
  await again(() => connectShop(api, f.users.brand, f.programId));
  // 409 when they were not suspended: nothing to put back.
  for (const id of [f.users.ambassador.id, f.ambassadorId])
    await again(() =>
      api.call(f.users.manager, 'POST', `/api/programs/${f.programId}/ambassadors/${id}/reinstate`),
    );
}

/**
 * Once more when the connection was reset: the fixture's calls go over HTTP, and a kept-alive
 * connection the server closes while idle (between chunks) can reset under the next request.
 */
async function again<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return call();
  }
}

const exchangeOf = (request: HostileRequest, answer: Answer): Exchange => ({
  method: request.method,
  url: request.target,
  requestHeaders: {
    host: 'localhost',
    ...(request.body.length ? { 'content-length': String(request.body.length) } : {}),
    ...request.headers,
  },
  requestBody: request.body,
  status: answer.status,
  headers: answer.headers,
  body: answer.text,
});

const describeRequest = (request: HostileRequest, answer: Answer) =>
  `${request.method} ${request.target.slice(0, 300)} headers ${JSON.stringify(request.headers).slice(0, 300)} ` +
  `body ${JSON.stringify(request.body.toString('utf8').slice(0, 300))} → ${answer.status} ${answer.text.slice(0, 300)}`;

const add = (tally: Record<string, number>, key: string | number) => {
  tally[key] = (tally[key] ?? 0) + 1;
};

/**
 * The fuzz taken from the OpenAPI document: thousands of requests over every operation, in one
 * process through the in-process gateway and every function's real handler, so code that V8
 * optimises after a few thousand calls is exercised warm. Every answer must be below 500,
 * described by the document (`contract().check`), in the error shape for 4xx and free of
 * internals (`problemsWith`). The seed: see `./seed.ts`.
 */
export function describeDocumentFuzz(scale: DocumentFuzzScale): void {
  const seed = fuzzSeed(scale.explore === true);
  // To try a change quickly with fewer requests; the figures quoted come from the file's own count.
  const total = Number(process.env.EMBASSY_FUZZ_REQUESTS) || scale.requests;
  const pristine = prototypeSnapshot();
  let api: Api;
  let fixture: Fixture;
  let compiled: CompiledRoute[];
  let send: (request: HostileRequest) => Promise<Answer>;
  let operations: DocumentOperation[];
  let planned: PlannedRequest[];

  beforeAll(async () => {
    api = await startApi();
    fixture = await createFixture(api);
    compiled = compileRoutes(ROUTES);
    send = inProcessSender(ROUTES, await importHandlers());
    const checker = contract();
    operations = documentOperations(checker.document);
    const gen = new DocumentArbitraries(checker.document, (at) => checker.validator(at), realValues(fixture));
    planned = planRequests(operations, fixture, gen, checker, total, seed);
  });
  afterAll(async () => {
    await api?.close();
  });

  describe(`requests from the OpenAPI document (seed ${seed})`, () => {
    it('covers every operation, and the document judges each request as its generator meant it', () => {
      const checker = contract();
      const byKey = new Map(operations.map((op) => [op.key, op]));
      const counts: Record<string, Record<Intent, number>> = {};
      const wrong: string[] = [];
      for (const { operation, intent, request } of planned) {
        const op = byKey.get(operation) as DocumentOperation;
        counts[operation] ??= { valid: 0, broken: 0, hostile: 0, refused: 0 };
        (counts[operation] as Record<Intent, number>)[intent]++;
        if (intent !== 'valid' && intent !== 'broken') continue;
        const accepted = documentAccepts(op, request, checker);
        if (accepted !== (intent === 'valid'))
          wrong.push(
            `${intent} (${request.kind}) but the document ${accepted ? 'accepts' : 'refuses'} it: ` +
              `${request.method} ${request.target.slice(0, 200)} ${request.body.toString('utf8').slice(0, 300)}`,
          );
      }
      expect(wrong.slice(0, 20), `${wrong.length} requests misjudged`).toEqual([]);
      expect(Object.keys(counts).sort()).toEqual(operations.map((op) => op.key).sort());
      expect(planned.length).toBeGreaterThanOrEqual(total);
      for (const op of operations) {
        const c = counts[op.key] as Record<Intent, number>;
        expect(c.valid + c.broken + c.hostile + c.refused, op.key).toBeGreaterThanOrEqual(MIN_PER_OPERATION);
        expect(c.valid, `${op.key} valid`).toBeGreaterThan(0);
        expect(c.hostile, `${op.key} hostile`).toBeGreaterThan(0);
        if (op.body || op.parameters.some((p) => p.in === 'query' && p.required))
          expect(c.broken, `${op.key} broken`).toBeGreaterThan(0);
      }
    });

    it(`sends ${total.toLocaleString('en')}+ requests warm in one process: every answer below 500 and described by the document`, {
      timeout: 60 * 60_000,
    }, async () => {
      const started = Date.now();
      const checker = contract();
      const report: DocumentFuzzReport = {
        seed,
        requests: 0,
        operations: 0,
        operationsInDocument: operations.length,
        operationsAccepted: 0,
        statuses: {},
        byIntent: {},
        byOperation: {},
        fiveXx: 0,
        contractProblems: 0,
        otherProblems: 0,
        validRefused: {},
        problems: [],
        responsesSeen: 0,
        responsesDocumented: 0,
        seconds: 0,
      };
      const failures = new Map<string, { count: number; example: string }>();
      const fail = (key: string, example: () => string) => {
        const seen = failures.get(key);
        if (seen) seen.count++;
        else failures.set(key, { count: 1, example: example() });
      };

      for (let start = 0; start < planned.length; start += CHUNK) {
        await restoreFixture(api, fixture);
        const chunk = planned.slice(start, start + CHUNK).map((p, i) => ({ ...p, index: start + i }));
        await inParallel(chunk, async ({ operation, intent, caller, request: raw, index }) => {
          const request = authorize(raw, caller, fixture);
          const answer = await send(request);
          report.requests++;
          add(report.statuses, answer.status);
          report.byIntent[intent] ??= {};
          add(report.byIntent[intent], answer.status);
          report.byOperation[operation] ??= { requests: 0, statuses: {} };
          const tally = report.byOperation[operation];
          tally.requests++;
          add(tally.statuses, answer.status);
          const example = () => `#${index} [${intent}: ${request.kind}] ${describeRequest(request, answer)}`;
          if (answer.status >= 500) {
            report.fiveXx++;
            fail(`${operation}: status ${answer.status}`, example);
          }
          for (const problem of checker.check(exchangeOf(request, answer))) {
            report.contractProblems++;
            fail(`${operation}: ${problem.slice(0, 200)}`, example);
          }
          const others = problemsWith(request, answer, { compiled, fixture, redirects: false }).filter(
            (p) => !p.startsWith('status '),
          );
          for (const problem of others) {
            report.otherProblems++;
            fail(`${operation}: ${problem}`, example);
          }
          if (intent === 'valid' && [400, 409, 422].includes(answer.status)) {
            const message = (() => {
              try {
                return String(JSON.parse(answer.text).error?.message).slice(0, 120);
              } catch {
                return answer.text.slice(0, 120);
              }
            })();
            add(report.validRefused, `${operation} ${answer.status}: ${message}`);
          }
        });
      }

      report.seconds = Math.round((Date.now() - started) / 1000);
      report.operations = Object.keys(report.byOperation).length;
      report.operationsAccepted = Object.values(report.byOperation).filter((o) =>
        Object.keys(o.statuses).some((s) => s.startsWith('2') || s.startsWith('3')),
      ).length;
      const lines = [...failures].map(
        ([problem, { count, example }]) => `${problem} (×${count})\n    ${example}`,
      );
      report.problems = lines;
      report.responsesSeen = checker.seen.size;
      report.responsesDocumented = operations.reduce(
        (sum, op) =>
          sum +
          Object.keys(
            ((checker.document.paths as Record<string, Record<string, { responses: object }>>)[op.path]?.[
              op.method.toLowerCase()
            ]?.responses ?? {}) as object,
          ).length,
        0,
      );
      if (process.env.EMBASSY_FUZZ_REPORT)
        writeFileSync(process.env.EMBASSY_FUZZ_REPORT, `${JSON.stringify(report, null, 2)}\n`);

      expect(
        lines.slice(0, 40),
        `seed ${seed} (EMBASSY_FUZZ_SEED=${seed} replays it): ${lines.length} distinct problems`,
      ).toEqual([]);
      expect(report.requests).toBe(planned.length);
      expect(report.operations).toBe(operations.length);
      expect(prototypeSnapshot()).toBe(pristine);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
}
