import type { InferResponseType } from 'hono/client';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { api, ok } from '../../../api/client.ts';
import { Button } from '../../../ui/kit.tsx';
import { toast } from '../../../ui/toast.tsx';
import { type Request, useAction, useRequest } from '../../../use-request.ts';

const codesApi = api.shopifyCodes.api.programs[':programId'].integrations.shopify.codes;
export type ShopifyCodes = InferResponseType<typeof codesApi.$get, 200>;
type ShopifyCode = ShopifyCodes['items'][number];

/** The program's codes in the shop, loaded once for the list of members on screen. */
export const ShopifyCodesContext = createContext<Request<ShopifyCodes> | undefined>(undefined);

/** Loads the codes (up to 100, the list's page) while approved or suspended members are shown. */
export function useShopifyCodes(programId: string, shown: boolean): Request<ShopifyCodes> {
  return useRequest(
    async () =>
      shown
        ? ok(codesApi.$get({ param: { programId }, query: { limit: '100' } }))
        : { items: [], shopSyncEnabled: false },
    [programId, shown],
  );
}

const STATUS_WORDS: Record<ShopifyCode['status'], string> = {
  created: 'works at the shop’s checkout',
  deactivated: 'switched off in the shop',
  pending: 'being brought up to date in the shop',
  failed: 'exists only in Embassy: Shopify did not take it',
};

/** Where a member's code stands in the shop, with a retry for a failed one. */
export function ShopifyCodeFact({ programId, code }: { programId: string; code: string }) {
  const codes = useContext(ShopifyCodesContext);
  const retry = useAction(async () => {
    const queued = await ok(codesApi[':code'].retry.$post({ param: { programId, code } }));
    codes?.setData((current) => ({
      ...current,
      items: current.items.map((item) => (item.code === code ? queued : item)),
    }));
    toast(`Retrying ${code} in the shop within a minute`);
  });
  if (codes?.status !== 'ready') return null;
  const found = codes.data.items.find((item) => item.code === code);
  if (!codes.data.shopSyncEnabled && !found) {
    return (
      <span>
        <strong>Shopify:</strong> exists only in Embassy (no Admin API token is set under Integrations)
      </span>
    );
  }
  if (!found) {
    return (
      <span>
        <strong>Shopify:</strong> exists only in Embassy so far
      </span>
    );
  }
  return (
    <span data-shopify-code={found.status}>
      <strong>Shopify:</strong> {STATUS_WORDS[found.status]}
      {found.reason ? ` (${found.reason})` : ''}
      {found.status === 'failed' ? (
        <>
          {' '}
          <Button busy={retry.busy} onClick={() => void retry.run()}>
            Retry in Shopify
          </Button>
        </>
      ) : null}
    </span>
  );
}
