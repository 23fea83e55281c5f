import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { handler as scheduler } from '../functions/scheduler.handler.ts';
import type { StreamPoller } from '../local/stream-poller.ts';
import { findPayout, listPayoutItems, replacePayout } from '../shared/payouts/payout.store.ts';
import { parseCsv } from './csv-reader.ts';
import { type Api, eventually, ok, startApi, startStreamConsumers, type TestUser } from './helpers.ts';
import { payoutProblems, programItems } from './recount.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

/**
 * Payouts end to end, through the real API on DynamoDB Local: payout details (sealed, masked,
 * the ambassador's own), batches that pay each ambassador's own approved net, skip those
 * without details or under the minimum, and never take a line twice (not even when made at the
 * same moment, nor when the request dies midway); the PayPal, bank and SEPA files (the SEPA file
 * checked against ISO 20022's schema); the confirmation; and what every line tells the ambassador.
 */

/**
 * A claim transaction (payout check, lines, item) past `afterClaims` fails as if the function
 * died there: DynamoDB timing out, which the API answers 503, and nothing more is written.
 */
const crash = vi.hoisted(() => ({
  afterClaims: Number.POSITIVE_INFINITY,
  claims: 0,
  /** The requests that died: their work still in flight writes nothing more. */
  dead: new Set<string | undefined>(),
}));
vi.mock('../shared/platform/db/transact.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../shared/platform/db/transact.ts')>();
  const { requestContext } = await import('../shared/platform/request-context.ts');
  return {
    ...real,
    transact: (items: Parameters<typeof real.transact>[0]) => {
      if ('payout' in items && 'lines' in items && 'item' in items) {
        const { requestId } = requestContext();
        if (crash.dead.has(requestId) || crash.claims >= crash.afterClaims) {
          crash.dead.add(requestId);
          return Promise.reject(Object.assign(new Error('simulated crash'), { name: 'TimeoutError' }));
        }
        crash.claims++;
      }
      return real.transact(items);
    },
  };
});

const XSD = readFileSync(new URL('./fixtures/iso20022/pain.001.001.03.xsd', import.meta.url), 'utf8');
const DAY = 86_400_000;
const RATE_BPS = 1000; // 10 %
const IBAN_ANNA = 'DE89370400440532013000';
const IBAN_BRAND = 'FR1420041010050500013M02606';

let api: Api;
let poller: StreamPoller;

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers();
});
afterAll(async () => {
  await poller?.stop();
  await api?.close();
});

/** The scheduler a minute ahead: lines whose (zero-day) holding period ended become approved. */
const approveDue = async () => {
  await scheduler({ time: new Date(Date.now() + 60_000).toISOString() }, {} as never);
  await scheduler({ time: new Date(Date.now() + 60_000).toISOString() }, {} as never);
};

type Line = {
  commissionId: string;
  orderId: string;
  kind: string;
  state: string;
  amount: number;
  ambassadorId: string;
  payoutId?: string;
  paidOn?: string;
  payoutStatus?: { reason: string; date?: string; minimum?: number; balance?: number; reference?: string };
};

/** A world of one program paying 10 % with no holding period, its brand and an API key. */
async function programWorld(overrides: Record<string, unknown> = {}) {
  const w = await world(api).program({
    commission: { rate: { kind: 'percent', basisPoints: RATE_BPS }, holdingDays: 0 },
    ...overrides,
  });
  const brand = await w.staff('brand');
  await w.apiKey(brand);
  return { w, brand };
}

const linesOf = async (w: ProgramWorld, as: TestUser, query: string): Promise<Line[]> =>
  ok(await api.call(as, 'GET', `/api/programs/${w.programId}/commissions?${query}&limit=100`)).items;

let orders = 0;
const order = async (w: ProgramWorld, member: Member, amount: number) =>
  ok(
    await w.order({
      orderId: `PO-${++orders}-${Date.now().toString(36)}`,
      amount,
      referralCode: member.code,
      occurredAt: new Date(Date.now() - 2 * DAY).toISOString(),
    }),
    201,
  );

const cents = (decimal: string) => Math.round(Number(decimal) * 100);

async function expectValidSepa(xml: string): Promise<void> {
  const result = await validateXML({ xml: [{ fileName: 'payout.xml', contents: xml }], schema: [XSD] });
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}
const sepaSums = (xml: string) => [...xml.matchAll(/<CtrlSum>([^<]*)<\/CtrlSum>/g)].map((m) => m[1]);
const sepaAmounts = (xml: string) =>
  [...xml.matchAll(/<InstdAmt Ccy="EUR">([^<]*)<\/InstdAmt>/g)].map((m) => cents(m[1] ?? ''));

describe('a payout of three ambassadors: one with a clawback, one without payout details', () => {
  let w: ProgramWorld;
  let brand: TestUser;
  let manager: TestUser;
  let anna: Member;
  let ben: Member;
  let cleo: Member;
  let payoutId = '';
  const path = () => `/api/programs/${w.programId}`;

  beforeAll(async () => {
    ({ w, brand } = await programWorld({ brandName: 'Fiesta & Co' }));
    manager = await w.staff('manager');
    [anna, ben, cleo] = [await w.ambassador('anna'), await w.ambassador('ben'), await w.ambassador('cleo')];
    const annaBig = await order(w, anna, 20_000); // 2 000
    const annaSmall = await order(w, anna, 10_000); // 1 000
    await order(w, ben, 15_000); // 1 500
    await order(w, cleo, 5_000); // 500
    await approveDue();
    // A refund after approval claws back: 1 000 × 6 000 / 10 000 = 600 left, so −400.
    ok(await w.refund(annaSmall.orderId, 'R-1', 4_000), 201);
    expect(annaBig.commissionId).toBeDefined();
  });

  it('takes payout details from the ambassador alone, checks the IBAN, and shows them masked', async () => {
    const detailsPath = (m: Member) => `${path()}/ambassadors/${m.user.id}/payout-details`;
    const bank = {
      method: 'bank',
      accountHolder: 'Anna Agent',
      iban: 'de89 3704 0044 0532 0130 00',
      bic: 'COBADEFFXXX',
    } as const;

    // A mistyped IBAN (check digits 88) is refused with 422, naming the field.
    const mistyped = await api.call(anna.user, 'PUT', detailsPath(anna), {
      ...bank,
      iban: 'DE88370400440532013000',
    });
    expect(mistyped.status).toBe(422);
    expect(mistyped.body.error.details.issues).toMatchObject([
      { path: 'iban', message: expect.stringMatching(/check digits/) },
    ]);
    // A BIC of another country than the IBAN's.
    expect(
      (await api.call(anna.user, 'PUT', detailsPath(anna), { ...bank, bic: 'BNPAFRPPXXX' })).status,
    ).toBe(422);
    // Nobody sets another's details: not a manager, the brand, the owner, nor another ambassador.
    for (const caller of [manager, brand, w.admin, ben.user])
      expect((await api.call(caller, 'PUT', detailsPath(anna), bank)).status).toBe(403);

    const saved = await w.payoutDetails(anna, bank);
    expect(saved).toMatchObject({
      method: 'bank',
      accountHolder: 'Anna Agent',
      iban: 'DE89 **** 3000',
      bic: 'COBADEFFXXX',
    });
    await w.payoutDetails(ben, { method: 'paypal', email: 'Ben.PayPal@example.org' });

    // Masked for the ambassador and for the brand; a manager may not read them.
    for (const reader of [anna.user, brand, w.admin]) {
      const read = await api.call(reader, 'GET', detailsPath(anna));
      expect(read.status).toBe(200);
      expect(JSON.stringify(read.body)).not.toContain('370400440532013000');
      expect(read.body.iban).toBe('DE89 **** 3000');
    }
    expect((await api.call(manager, 'GET', detailsPath(anna))).status).toBe(403);
    expect((await api.call(ben.user, 'GET', detailsPath(anna))).status).toBe(403);
    expect(ok(await api.call(ben.user, 'GET', detailsPath(ben))).paypalEmail).toBe('b***@example.org');
    expect((await api.call(anna.user, 'GET', detailsPath(cleo))).status).toBe(403);
    expect((await api.call(brand, 'GET', detailsPath(cleo))).status).toBe(404);
  });

  it('plans a payout on a dry run without writing anything', async () => {
    const plan = ok(await api.call(brand, 'POST', `${path()}/payouts`, { dryRun: true }));
    expect(plan).toMatchObject({ dryRun: true, status: 'preview', total: 2_600 + 1_500, lineCount: 4 });
    expect(plan.payoutId).toBeUndefined();
    expect(plan.skipped).toEqual([
      { ambassadorId: cleo.user.id, name: expect.any(String), reason: 'no_payout_details', amount: 500 },
    ]);
    expect((await linesOf(w, brand, 'state=approved')).length).toBe(5);
    expect(ok(await api.call(brand, 'GET', `${path()}/payouts`)).items).toEqual([]);
  });

  it('says when and why each unpaid line will be paid, before the payout', async () => {
    // A line recorded after the scheduler ran is pending until it runs again.
    await order(w, ben, 1_000);
    const annas = await linesOf(w, anna.user, `ambassadorId=${anna.user.id}`);
    expect(annas.map((l) => l.payoutStatus?.reason)).toEqual(['next_payout', 'next_payout', 'next_payout']);
    const bens = await linesOf(w, ben.user, `ambassadorId=${ben.user.id}`);
    expect(bens.map((l) => l.payoutStatus?.reason).sort()).toEqual(['holding', 'next_payout']);
    expect(bens.find((l) => l.state === 'pending')?.payoutStatus?.date).toEqual(expect.any(String));
    const cleos = await linesOf(w, cleo.user, `ambassadorId=${cleo.user.id}`);
    expect(cleos.map((l) => l.payoutStatus)).toEqual([{ reason: 'no_payout_details' }]);
    // Another ambassador's lines are not theirs to read.
    expect(
      (await api.call(anna.user, 'GET', `${path()}/commissions?ambassadorId=${ben.user.id}`)).status,
    ).toBe(403);
  });

  it('pays exactly each ambassador’s approved net, clawbacks netted against their own commission only', async () => {
    // Prepare
    expect((await api.call(manager, 'POST', `${path()}/payouts`, {})).status).toBe(403);
    expect((await api.call(anna.user, 'POST', `${path()}/payouts`, {})).status).toBe(403);

    // Act
    const run = ok(await api.call(brand, 'POST', `${path()}/payouts`, {}), 201);

    // Assess
    ({ payoutId } = run);
    expect(run).toMatchObject({
      dryRun: false,
      status: 'ready',
      currency: 'EUR',
      total: 4_100,
      lineCount: 4,
    });
    const item = (m: Member) => run.items.find((i: { ambassadorId: string }) => i.ambassadorId === m.user.id);
    expect(item(anna)).toMatchObject({
      amount: 2_600,
      commissions: 3_000,
      clawbacks: -400,
      lineCount: 3,
      linesLeft: 0,
      payee: { method: 'bank', iban: 'DE89 **** 3000' },
    });
    expect(item(ben)).toMatchObject({
      amount: 1_500,
      lineCount: 1,
      payee: { method: 'paypal', paypalEmail: 'b***@example.org' },
    });
    expect(item(cleo)).toBeUndefined();
    expect(run.skipped).toMatchObject([{ ambassadorId: cleo.user.id, reason: 'no_payout_details' }]);
    expect(JSON.stringify(run)).not.toContain(IBAN_ANNA);

    const batched = await linesOf(w, brand, 'state=batched');
    expect(batched.map((l) => l.payoutId)).toEqual(batched.map(() => payoutId));
    expect(batched).toHaveLength(4);
    expect((await linesOf(w, brand, 'state=approved')).map((l) => l.ambassadorId)).toEqual([cleo.user.id]);
    expect((await linesOf(w, anna.user, `ambassadorId=${anna.user.id}`)).map((l) => l.payoutStatus)).toEqual(
      Array.from({ length: 3 }, () => ({ reason: 'in_batch', date: expect.any(String), payoutId })),
    );
    expect(payoutProblems(await programItems(w.programId))).toEqual([]);
  });

  it('lists the payout, newest first, and reads it with its items, totals and lines', async () => {
    const listed = ok(await api.call(brand, 'GET', `${path()}/payouts?limit=10`));
    expect(listed.items.map((p: { payoutId: string }) => p.payoutId)).toEqual([payoutId]);
    const detail = ok(await api.call(brand, 'GET', `${path()}/payouts/${payoutId}`));
    expect(detail).toMatchObject({
      status: 'ready',
      total: 4_100,
      itemCount: 2,
      lineCount: 4,
      byMethod: { bank: 2_600, paypal: 1_500 },
      skippedCount: 1,
    });
    expect(detail.items.flatMap((i: { commissionIds: string[] }) => i.commissionIds)).toHaveLength(4);
    expect((await api.call(brand, 'GET', `${path()}/payouts/01JABCDEFGHJKMNPQRSTVWXYZ0`)).status).toBe(404);
    expect((await api.call(manager, 'GET', `${path()}/payouts/${payoutId}`)).status).toBe(403);
  });

  it('exports a PayPal CSV and a SEPA file that each total their part of the batch to the cent, and a bank CSV', async () => {
    const exportAs = (format: string) =>
      api.call(
        brand,
        'GET',
        `${path()}/payouts/${payoutId}/export?format=${format}&executionDate=2026-12-04`,
      );

    // PayPal's column order, no header row: email, amount, currency, unique id, note, wallet.
    const paypal = await exportAs('paypal');
    expect(paypal.status).toBe(200);
    expect(paypal.headers.get('content-type')).toMatch(/^text\/csv/);
    const paypalRows = parseCsv(paypal.body);
    expect(paypalRows).toEqual([
      [
        'ben.paypal@example.org',
        '15.00',
        'EUR',
        expect.stringMatching(/^[0-9A-Z]{26}$/),
        expect.stringContaining(payoutId),
        'PAYPAL',
      ],
    ]);
    expect(paypalRows.reduce((sum, row) => sum + cents(row[1] ?? ''), 0)).toBe(1_500);

    const bank = parseCsv((await exportAs('csv')).body);
    // The bank's columns by position, under a header row in words.
    expect(bank[0]).toEqual([
      'Account holder',
      'IBAN',
      'BIC',
      'Amount',
      'Currency',
      'Reference',
      'Description',
    ]);
    expect(bank.slice(1)).toEqual([
      ['Anna Agent', IBAN_ANNA, 'COBADEFFXXX', '26.00', 'EUR', expect.any(String), expect.any(String)],
    ]);

    // SEPA needs the brand's own account first: a clear 409 that says what to set.
    const noAccount = await exportAs('sepa');
    expect(noAccount.status).toBe(409);
    expect(noAccount.body.error).toMatchObject({
      details: { missing: 'payoutAccount' },
      message: expect.stringMatching(/payout account/),
    });
    const account = ok(
      await api.call(brand, 'PUT', `${path()}/payout-account`, {
        name: 'Fiesta & Co GmbH',
        iban: IBAN_BRAND,
      }),
    );
    expect(account).toMatchObject({ name: 'Fiesta & Co GmbH', iban: 'FR14 **** 2606' });
    expect(
      (await api.call(manager, 'PUT', `${path()}/payout-account`, { name: 'X', iban: IBAN_BRAND })).status,
    ).toBe(403);
    expect(
      (
        await api.call(brand, 'PUT', `${path()}/payout-account`, {
          name: 'X',
          iban: 'FR1520041010050500013M02606',
        })
      ).status,
    ).toBe(422);

    const sepa = await exportAs('sepa');
    expect(sepa.status).toBe(200);
    expect(sepa.headers.get('content-type')).toMatch(/^application\/xml/);
    await expectValidSepa(sepa.body);
    expect(sepaSums(sepa.body)).toEqual(['26.00', '26.00']);
    expect(sepaAmounts(sepa.body)).toEqual([2_600]);
    expect(sepa.body).toContain(`<MsgId>${payoutId}</MsgId>`);
    expect(sepa.body).toContain('<ReqdExctnDt>2026-12-04</ReqdExctnDt>');
    expect(sepa.body).toContain(`<IBAN>${IBAN_BRAND}</IBAN>`);
    // The two files together are the whole batch.
    expect(cents(sepaSums(sepa.body)[0] ?? '') + 1_500).toBe(4_100);
    expect((await api.call(anna.user, 'GET', `${path()}/payouts/${payoutId}/export?format=csv`)).status).toBe(
      403,
    );
  });

  it('confirms once: the lines are paid, each ambassador is told the amount and reference, and a second confirm is 409', async () => {
    const body = { sentOn: '2026-12-03', reference: 'BANK-REF-77' };
    const confirmed = ok(await api.call(brand, 'POST', `${path()}/payouts/${payoutId}/confirm`, body));
    expect(confirmed).toMatchObject({ status: 'paid', sentOn: '2026-12-03', reference: 'BANK-REF-77' });
    expect(confirmed.items.map((i: { status: string }) => i.status)).toEqual(['paid', 'paid']);
    const again = await api.call(brand, 'POST', `${path()}/payouts/${payoutId}/confirm`, body);
    expect(again.status).toBe(409);

    expect(await linesOf(w, brand, 'state=batched')).toEqual([]);
    const paid = await linesOf(w, anna.user, `ambassadorId=${anna.user.id}`);
    expect(paid.map((l) => [l.state, l.paidOn, l.payoutStatus])).toEqual(
      Array.from({ length: 3 }, () => [
        'paid',
        '2026-12-03',
        { reason: 'paid', date: '2026-12-03', reference: 'BANK-REF-77', payoutId },
      ]),
    );
    const payoutNotes = async (m: Member) =>
      ok(await api.call(m.user, 'GET', '/api/me/notifications')).items.filter(
        (n: { type: string }) => n.type === 'payout_sent',
      );
    expect(await payoutNotes(anna)).toMatchObject([
      {
        type: 'payout_sent',
        programId: w.programId,
        title: 'Payout sent: €26.00',
        body: expect.stringContaining('BANK-REF-77'),
      },
    ]);
    expect(await payoutNotes(ben)).toMatchObject([{ title: 'Payout sent: €15.00' }]);
    // A German reader reads it in German: the money and the day the German way.
    const german = ok(
      await api.call(ben.user, 'GET', '/api/me/notifications', undefined, { 'accept-language': 'de' }),
    ).items.filter((n: { type: string }) => n.type === 'payout_sent');
    expect(german).toMatchObject([
      {
        title: 'Auszahlung gesendet: 15,00\u00a0€',
        body: expect.stringContaining('am 03.12.2026 15,00\u00a0€ überwiesen, Verwendungszweck BANK-REF-77.'),
      },
    ]);
    expect(await payoutNotes(cleo)).toEqual([]);
    expect(payoutProblems(await programItems(w.programId))).toEqual([]);
  });

  it('keeps the referral report right: a batched line counted as approved until paid, then paid', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
    const report = await eventually(
      async () =>
        ok(
          await api.call(
            brand,
            'GET',
            `${path()}/reports/referrals?from=${day(-30)}&to=${day(0)}&groupBy=ambassador`,
          ),
        ),
      (r) => r.totals.commission.paid === 4_100,
    );
    // Cleo's 500 is still approved; Ben's new order is pending (100).
    expect(report.totals.commission).toEqual({ pending: 100, approved: 500, paid: 4_100 });
  });

  it('skips an ambassador below the minimum payout, and says so on their lines; nothing to pay is a 409', async () => {
    ok(await api.call(w.admin, 'PATCH', path(), { minimumPayout: 2_500 }));
    const dan = await w.ambassador('dan');
    await w.payoutDetails(dan, { method: 'paypal', email: 'dan@example.org' });
    await order(w, dan, 10_000); // 1 000, under the 2 500 minimum
    await approveDue();

    const refused = await api.call(brand, 'POST', `${path()}/payouts`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ambassadorId: dan.user.id, reason: 'below_minimum', amount: 1_000 }),
        expect.objectContaining({ ambassadorId: cleo.user.id, reason: 'no_payout_details', amount: 500 }),
        expect.objectContaining({ ambassadorId: ben.user.id, reason: 'below_minimum', amount: 100 }),
      ]),
    );
    expect((await linesOf(w, dan.user, `ambassadorId=${dan.user.id}`)).map((l) => l.payoutStatus)).toEqual([
      { reason: 'below_minimum', minimum: 2_500, balance: 1_000 },
    ]);
    // Nothing was written: no new payout, the lines still approved.
    expect(ok(await api.call(brand, 'GET', `${path()}/payouts`)).items).toHaveLength(1);
    expect((await linesOf(w, brand, 'state=approved')).length).toBe(3);
    // Naming an ambassador pays only them (or says why not).
    const chosen = await api.call(brand, 'POST', `${path()}/payouts`, { ambassadorIds: [cleo.user.id] });
    expect(chosen.status).toBe(409);
    expect(chosen.body.error.details.skipped).toMatchObject([
      { ambassadorId: cleo.user.id, reason: 'no_payout_details' },
    ]);
  });
});

describe('payouts made at the same moment', () => {
  it('pay each line once: every batched line is in exactly one payout', async () => {
    // Prepare: six ambassadors with bank details, three approved lines each.
    const { w, brand } = await programWorld();
    const members = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((n) => w.ambassador(`same-${n}`)));
    await Promise.all(
      members.map((m, i) =>
        w.payoutDetails(m, { method: 'bank', accountHolder: `Holder ${i}`, iban: IBAN_ANNA }),
      ),
    );
    for (const m of members) for (const amount of [1_000, 2_000, 3_050]) await order(w, m, amount);
    await approveDue();
    const approved = await linesOf(w, brand, 'state=approved');
    expect(approved).toHaveLength(18);

    // Act: five payouts at once.
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => api.call(brand, 'POST', `/api/programs/${w.programId}/payouts`, {})),
    );

    // Assess: each answer is a payout or "nothing to pay"; together they pay every line once.
    for (const answer of answers) expect([201, 409], JSON.stringify(answer.body)).toContain(answer.status);
    const made = answers.filter((a) => a.status === 201).map((a) => a.body);
    expect(made.length).toBeGreaterThan(0);
    const claimed = made.flatMap((run) =>
      run.items.flatMap((item: { commissionIds: string[] }) => item.commissionIds),
    );
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.sort()).toEqual(approved.map((l) => l.commissionId).sort());
    const total = made.reduce((sum, run) => sum + run.total, 0);
    expect(total).toBe(6 * (100 + 200 + 305));
    expect(payoutProblems(await programItems(w.programId))).toEqual([]);

    // The SEPA file of an all-bank payout totals the whole payout to the cent.
    ok(
      await api.call(brand, 'PUT', `/api/programs/${w.programId}/payout-account`, {
        name: 'Brand',
        iban: IBAN_BRAND,
        bic: 'BNPAFRPPXXX',
      }),
    );
    const [first] = made;
    const sepa = await api.call(
      brand,
      'GET',
      `/api/programs/${w.programId}/payouts/${first.payoutId}/export?format=sepa`,
    );
    expect(sepa.status).toBe(200);
    await expectValidSepa(sepa.body);
    const sum = (first.total / 100).toFixed(2);
    expect(sepaSums(sepa.body)).toEqual([sum, sum]);
    expect(sepaAmounts(sepa.body).reduce((a, b) => a + b, 0)).toBe(first.total);
    expect(
      (
        await api.call(
          brand,
          'GET',
          `/api/programs/${w.programId}/payouts/${first.payoutId}/export?format=paypal`,
        )
      ).status,
    ).toBe(409);
  });

  it('pays an ambassador with more lines than a transaction holds for 97 now, and the rest in the next payout', async () => {
    const { w, brand } = await programWorld();
    const many = await w.ambassador('many');
    await w.payoutDetails(many, { method: 'paypal', email: 'many@example.org' });
    for (let i = 0; i < 100; i += 10)
      await Promise.all(Array.from({ length: 10 }, () => order(w, many, 1_000)));
    ok(await api.call(w.admin, 'PATCH', `/api/programs/${w.programId}`, { minimumPayout: 1 }));
    await approveDue();

    const first = ok(await api.call(brand, 'POST', `/api/programs/${w.programId}/payouts`, {}), 201);
    expect(first.items).toMatchObject([{ lineCount: 97, linesLeft: 3, amount: 9_700 }]);
    expect(first.linesLeft).toBe(3);
    const second = ok(await api.call(brand, 'POST', `/api/programs/${w.programId}/payouts`, {}), 201);
    expect(second.items).toMatchObject([{ lineCount: 3, linesLeft: 0, amount: 300 }]);
    expect(payoutProblems(await programItems(w.programId))).toEqual([]);
  });
});

describe('a payout whose request dies midway', () => {
  it('loses and double-claims no line, never looks complete, and is finished by the next reader', async () => {
    // Prepare
    const { w, brand } = await programWorld();
    const members = await Promise.all(['p', 'q', 'r'].map((n) => w.ambassador(`crash-${n}`)));
    for (const m of members) {
      await w.payoutDetails(m, { method: 'paypal', email: `${m.user.id.slice(0, 8)}@example.org` });
      await order(w, m, 5_000);
    }
    await approveDue();

    // Act: the function dies after its first item.
    crash.claims = 0;
    crash.afterClaims = 1;
    const died = await api.call(brand, 'POST', `/api/programs/${w.programId}/payouts`, {});
    crash.afterClaims = Number.POSITIVE_INFINITY;

    // Assess: the answer is a 503; the payout says building, with nothing summed.
    expect(died.status).toBe(503);
    const [listed] = ok(await api.call(brand, 'GET', `/api/programs/${w.programId}/payouts`)).items;
    expect(listed).toMatchObject({ status: 'building', total: 0, itemCount: 0 });
    const items = await listPayoutItems(w.programId, listed.payoutId);
    expect(items).toHaveLength(1);
    expect((await linesOf(w, brand, 'state=batched')).map((l) => l.commissionId)).toEqual(
      items[0]?.commissionIds,
    );
    expect(await linesOf(w, brand, 'state=approved')).toHaveLength(2);
    expect(payoutProblems(await programItems(w.programId))).toEqual([]);
    // Export and confirm wait for it to be finished.
    expect(
      (
        await api.call(brand, 'POST', `/api/programs/${w.programId}/payouts/${listed.payoutId}/confirm`, {
          sentOn: '2026-12-03',
          reference: 'X',
        })
      ).status,
    ).toBe(409);

    // Once its lease has run out (as if the function's timeout passed), the next reader finishes it.
    const header = await findPayout(w.programId, listed.payoutId);
    if (!header) throw new Error('the payout is gone');
    await replacePayout(header, { ...header, leaseUntil: new Date(Date.now() - 1000).toISOString() });
    // The list finishes it as the detail would.
    const [relisted] = ok(await api.call(brand, 'GET', `/api/programs/${w.programId}/payouts`)).items;
    expect(relisted).toMatchObject({ payoutId: listed.payoutId, status: 'ready', itemCount: 1, total: 500 });
    const finished = ok(
      await api.call(brand, 'GET', `/api/programs/${w.programId}/payouts/${listed.payoutId}`),
    );
    expect(finished).toMatchObject({ status: 'ready', itemCount: 1, total: 500, lineCount: 1 });
    // The rest go in the next payout.
    const next = ok(await api.call(brand, 'POST', `/api/programs/${w.programId}/payouts`, {}), 201);
    expect(next.items).toHaveLength(2);
    expect(payoutProblems(await programItems(w.programId))).toEqual([]);
    expect(await linesOf(w, brand, 'state=approved')).toEqual([]);
  });
});

describe('SEPA outside the euro', () => {
  it('is a clear 422 for a program that pays in another currency', async () => {
    const { w, brand } = await programWorld({ currency: 'USD' });
    const answer = await api.call(
      brand,
      'GET',
      `/api/programs/${w.programId}/payouts/01JABCDEFGHJKMNPQRSTVWXYZ0/export?format=sepa`,
    );
    expect(answer.status).toBe(422);
    expect(answer.body.error.message).toMatch(/euros.*USD/);
  });
});
