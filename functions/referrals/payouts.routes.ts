import { createRoute, z } from '@hono/zod-openapi';
import { recordDownload } from '#shared/audit/audit.service.ts';
import { confirmPayout } from '#shared/payouts/confirm-payout.service.ts';
import { createPayout } from '#shared/payouts/create-payout.service.ts';
import { getPayout, listPayouts } from '#shared/payouts/get-payouts.service.ts';
import {
  ConfirmPayoutSchema,
  CreatePayoutSchema,
  ExportPayoutQuerySchema,
  ListPayoutsQuerySchema,
  PayoutAccountSchema,
  PayoutDetailSchema,
  PayoutDetailsSchema,
  PayoutRunSchema,
  PayoutSchema,
  PutPayoutAccountSchema,
  PutPayoutDetailsSchema,
} from '#shared/payouts/payout.schema.ts';
import { getPayoutAccount, putPayoutAccount } from '#shared/payouts/payout-account.service.ts';
import { getPayoutDetails, putPayoutDetails } from '#shared/payouts/payout-details.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { AmbassadorParams, errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';

const PayoutParams = ProgramParams.extend({ payoutId: z.string().min(1).max(64) });

export const payoutsRoutes = createRouter()
  // PUT /api/programs/{programId}/ambassadors/{ambassadorId}/payout-details – where the ambassador is paid
  .openapi(
    createRoute({
      method: 'put',
      path: '/api/programs/{programId}/ambassadors/{ambassadorId}/payout-details',
      tags: ['Payouts'],
      summary: 'Set where you are paid: PayPal or a bank account (the ambassador themself only)',
      description:
        'method paypal takes the PayPal account’s email; method bank the account holder, the IBAN (its check digits are ' +
        'validated) and optionally the BIC (its country must be the IBAN’s). Sealed at rest; the answer, like every ' +
        'read, is masked. Nobody but the ambassador may set it: not a manager, the brand or an admin.',
      middleware: [requireUser] as const,
      request: { params: AmbassadorParams, body: jsonBody(PutPayoutDetailsSchema) },
      responses: { 200: jsonContent(PayoutDetailsSchema, 'Saved, masked'), ...errorResponses },
    }),
    async (c) => {
      const { programId, ambassadorId } = c.req.valid('param');
      return c.json(await putPayoutDetails(c.get('user'), programId, ambassadorId, c.req.valid('json')), 200);
    },
  )
  // GET /api/programs/{programId}/ambassadors/{ambassadorId}/payout-details – the details, masked
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/ambassadors/{ambassadorId}/payout-details',
      tags: ['Payouts'],
      summary: 'An ambassador’s payout details, masked (the ambassador, owner or brand)',
      middleware: [requireUser] as const,
      request: { params: AmbassadorParams },
      responses: { 200: jsonContent(PayoutDetailsSchema, 'Masked'), ...errorResponses },
    }),
    async (c) => {
      const { programId, ambassadorId } = c.req.valid('param');
      return c.json(await getPayoutDetails(c.get('user'), programId, ambassadorId), 200);
    },
  )
  // PUT /api/programs/{programId}/payout-account – the brand's account SEPA files pay from
  .openapi(
    createRoute({
      method: 'put',
      path: '/api/programs/{programId}/payout-account',
      tags: ['Payouts'],
      summary: 'Set the account payouts are paid from, for SEPA files (owner or brand)',
      description:
        'The debtor of SEPA credit transfers. Sealed at rest, shown masked, kept out of the program settings.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(PutPayoutAccountSchema) },
      responses: { 200: jsonContent(PayoutAccountSchema, 'Saved, masked'), ...errorResponses },
    }),
    async (c) =>
      c.json(await putPayoutAccount(c.get('user'), c.req.valid('param').programId, c.req.valid('json')), 200),
  )
  // GET /api/programs/{programId}/payout-account – the brand's payout account, masked
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/payout-account',
      tags: ['Payouts'],
      summary: 'The account payouts are paid from, masked (owner or brand)',
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: { 200: jsonContent(PayoutAccountSchema, 'Masked'), ...errorResponses },
    }),
    async (c) => c.json(await getPayoutAccount(c.get('user'), c.req.valid('param').programId), 200),
  )
  // POST /api/programs/{programId}/payouts – pay every approved line (or chosen ambassadors') as one payout
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/payouts',
      tags: ['Payouts'],
      summary: 'Make a payout of the approved commissions, or plan one with dryRun (owner or brand)',
      description:
        'One item per ambassador with approved lines (or per ambassador in ambassadorIds): their own clawbacks netted ' +
        'against their own commissions. Skipped, and listed with the reason: no payout details, a net not above zero ' +
        'or below the program’s minimumPayout, no approved line left, or not reached in this run. An item holds at most ' +
        '97 lines; an ambassador with more is paid for those and the rest wait for the next payout (linesLeft). Its lines ' +
        'become batched; a line is never in two payouts, even when payouts are made at the same moment. dryRun answers ' +
        'the plan (200) and writes nothing. 409 when there is nothing to pay, with who was skipped in the details.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(CreatePayoutSchema) },
      responses: {
        200: jsonContent(PayoutRunSchema, 'The plan (dryRun)'),
        201: jsonContent(PayoutRunSchema, 'Made: export it, pay it, then confirm it'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const run = await createPayout(c.get('user'), c.req.valid('param').programId, c.req.valid('json'));
      return run.dryRun ? c.json(run, 200) : c.json(run, 201);
    },
  )
  // GET /api/programs/{programId}/payouts – the payout history, newest first
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/payouts',
      tags: ['Payouts'],
      summary: 'Payouts, newest first (owner or brand)',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ListPayoutsQuerySchema },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(PayoutSchema), nextCursor: z.string().optional() }),
          'A page',
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await listPayouts(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // GET /api/programs/{programId}/payouts/{payoutId} – one payout with its items
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/payouts/{payoutId}',
      tags: ['Payouts'],
      summary: 'A payout with its items: who is paid what, from which lines (owner or brand)',
      description:
        'Status building (lines being claimed), ready (to export and send), confirming, paid. A payout whose request ' +
        'stopped midway is finished when it is read.',
      middleware: [requireUser] as const,
      request: { params: PayoutParams },
      responses: { 200: jsonContent(PayoutDetailSchema, 'The payout'), ...errorResponses },
    }),
    async (c) => {
      const { programId, payoutId } = c.req.valid('param');
      return c.json(await getPayout(c.get('user'), programId, payoutId), 200);
    },
  )
  // GET /api/programs/{programId}/payouts/{payoutId}/export – the file to pay it from: PayPal, bank CSV or SEPA
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/payouts/{payoutId}/export',
      tags: ['Payouts'],
      summary:
        'Download a payout to pay it from your own account: PayPal CSV, bank CSV or SEPA XML (owner or brand)',
      description:
        'format=paypal: PayPal Payouts Web’s CSV (no header row: email, amount, currency, a unique id, a note, PAYPAL) ' +
        'of the items paid by PayPal. format=csv: a bank transfer list (holder, IBAN, BIC, amount, currency, reference). ' +
        'format=sepa: an ISO 20022 pain.001.001.03 credit transfer of the items paid by bank, from the payout account, ' +
        'executed on executionDate (default today); euros only (422 otherwise), and 409 without a payout account. ' +
        'Embassy never holds the money.',
      middleware: [requireUser] as const,
      request: { params: PayoutParams, query: ExportPayoutQuerySchema },
      responses: {
        200: {
          description: 'The file',
          content: { 'text/csv': { schema: z.string() }, 'application/xml': { schema: z.string() } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, payoutId } = c.req.valid('param');
      // Loaded on use: the file writers (sepa.js among them) stay out of the cold start.
      const { exportPayout } = await import('#shared/payouts/export-payout.service.ts');
      const file = await exportPayout(c.get('user'), programId, payoutId, c.req.valid('query'));
      await recordDownload(c.get('user'), programId, file.filename);
      c.header('content-type', file.contentType);
      c.header('content-disposition', `attachment; filename="${file.filename}"`);
      return c.body(file.body, 200);
    },
  )
  // POST /api/programs/{programId}/payouts/{payoutId}/confirm – the brand sent it: lines paid, ambassadors told
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/payouts/{payoutId}/confirm',
      tags: ['Payouts'],
      summary: 'Confirm a payout was sent, with the day and the bank’s reference (owner or brand)',
      description:
        'Its lines become paid and each ambassador is notified of the amount and the reference. Once: a second ' +
        'confirmation is 409.',
      middleware: [requireUser] as const,
      request: { params: PayoutParams, body: jsonBody(ConfirmPayoutSchema) },
      responses: { 200: jsonContent(PayoutDetailSchema, 'Confirmed'), ...errorResponses },
    }),
    async (c) => {
      const { programId, payoutId } = c.req.valid('param');
      return c.json(await confirmPayout(c.get('user'), programId, payoutId, c.req.valid('json')), 200);
    },
  );
