import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, download, ok, okOrNone } from '../../../api/client.ts';

const programApi = api.referrals.api.programs[':programId'];
type PayoutsPost = (typeof programApi)['payouts']['$post'];
type PayoutGet = (typeof programApi)['payouts'][':payoutId']['$get'];
type PayoutsGet = (typeof programApi)['payouts']['$get'];
type AccountGet = (typeof programApi)['payout-account']['$get'];

export type PayoutRun = InferResponseType<PayoutsPost, 201>;
export type PayoutDetail = InferResponseType<PayoutGet, 200>;
export type PayoutPage = InferResponseType<PayoutsGet, 200>;
export type Payout = PayoutPage['items'][number];
export type Payee = PayoutRun['items'][number];
export type Skipped = PayoutRun['skipped'][number];
export type PayoutAccount = InferResponseType<AccountGet, 200>;
export type PayoutAccountBody = InferRequestType<(typeof programApi)['payout-account']['$put']>['json'];
export type ExportFormat = 'paypal' | 'csv' | 'sepa';

/** Who would be paid what now, and who would be skipped: a dry run that writes nothing. */
export const previewPayout = (programId: string) =>
  ok(programApi.payouts.$post({ param: { programId }, json: { dryRun: true } }));

/** Makes the payout, of everyone with approved lines or of the chosen ambassadors only. */
export const createPayout = (programId: string, ambassadorIds?: string[]) =>
  ok(programApi.payouts.$post({ param: { programId }, json: ambassadorIds ? { ambassadorIds } : {} }));

export const loadPayouts = (programId: string, cursor?: string) =>
  ok(programApi.payouts.$get({ param: { programId }, query: { limit: 20, ...(cursor ? { cursor } : {}) } }));

export const loadPayout = (programId: string, payoutId: string) =>
  ok(programApi.payouts[':payoutId'].$get({ param: { programId, payoutId } }));

export const confirmPayout = (programId: string, payoutId: string, sentOn: string, reference: string) =>
  ok(
    programApi.payouts[':payoutId'].confirm.$post({
      param: { programId, payoutId },
      json: { sentOn, reference },
    }),
  );

const FILES: Record<ExportFormat, { suffix: string; accept: string }> = {
  paypal: { suffix: 'paypal.csv', accept: 'text/csv' },
  csv: { suffix: 'bank.csv', accept: 'text/csv' },
  sepa: { suffix: 'sepa.xml', accept: 'application/xml' },
};

/** Downloads a payout's file: PayPal's CSV, the bank CSV or the SEPA XML. */
export function downloadPayout(programId: string, payoutId: string, format: ExportFormat): Promise<void> {
  const path = `/api/programs/${encodeURIComponent(programId)}/payouts/${encodeURIComponent(payoutId)}/export?format=${format}`;
  return download(path, `payout-${payoutId}-${FILES[format].suffix}`, FILES[format].accept);
}

/** The brand's payout account, masked; null when none is set yet. */
export const loadPayoutAccount = (programId: string): Promise<PayoutAccount | null> =>
  okOrNone(programApi['payout-account'].$get({ param: { programId } }));

export const savePayoutAccount = (programId: string, body: PayoutAccountBody) =>
  ok(programApi['payout-account'].$put({ param: { programId }, json: body }));
