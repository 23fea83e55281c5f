import type { InferResponseType } from 'hono/client';
import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { api, ok } from '../../../api/client.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
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

const STATUS_WORDS: Record<ShopifyCode['status'], MessageKey> = {
  created: 'managerPeople.shopify.created',
  deactivated: 'managerPeople.shopify.deactivated',
  pending: 'managerPeople.shopify.pending',
  failed: 'managerPeople.shopify.failed',
};
const strong = (words: ComponentChildren[]) => <strong>{words}</strong>;

/** Where a member's code stands in the shop, with a retry for a failed one. */
export function ShopifyCodeFact({ programId, code }: { programId: string; code: string }) {
  const codes = useContext(ShopifyCodesContext);
  const retry = useAction(async () => {
    const queued = await ok(codesApi[':code'].retry.$post({ param: { programId, code } }));
    codes?.setData((current) => ({
      ...current,
      items: current.items.map((item) => (item.code === code ? queued : item)),
    }));
    toast(t('managerPeople.shopify.retrying', { code }));
  });
  if (codes?.status !== 'ready') return null;
  const found = codes.data.items.find((item) => item.code === code);
  if (!codes.data.shopSyncEnabled && !found) {
    return <span>{tx('managerPeople.shopify.noToken', { strong })}</span>;
  }
  if (!found) {
    return <span>{tx('managerPeople.shopify.notYet', { strong })}</span>;
  }
  return (
    <span data-shopify-code={found.status}>
      {tx(STATUS_WORDS[found.status], { strong })}
      {found.reason ? <> {t('managerPeople.shopify.reason', { reason: found.reason })}</> : null}
      {found.status === 'failed' ? (
        <>
          {' '}
          <Button busy={retry.busy} onClick={() => void retry.run()}>
            {t('managerPeople.shopify.retry')}
          </Button>
        </>
      ) : null}
    </span>
  );
}
