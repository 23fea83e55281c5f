import { api, ok } from '../../api/client.ts';
import type { ProgramContext } from '../../program-context.ts';
import { useRequest } from '../../use-request.ts';

const codeApi = api.shopifyCodes.api.programs[':programId'].ambassadors[':ambassadorId']['shopify-code'];

/**
 * Whether the shop's checkout takes the ambassador's code, in plain words; said only when it
 * does not (the code exists only in Embassy), or is on its way. Nothing while it loads or if
 * the answer does not come: the referral link works either way.
 */
export function ShopCodeNote({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const ambassadorId = ctx.me.user.id;
  const state = useRequest(
    () => ok(codeApi.$get({ param: { programId, ambassadorId } })),
    [programId, ambassadorId],
  );
  if (state.status !== 'ready' || state.data.inShop) return null;
  return (
    <p class="muted small" data-shop-code={state.data.status ?? 'none'}>
      {state.data.message}
    </p>
  );
}
