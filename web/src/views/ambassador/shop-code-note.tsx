import type { InferResponseType } from 'hono/client';
import { api, ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { ProgramContext } from '../../program-context.ts';
import { useRequest } from '../../use-request.ts';

const codeApi = api.shopifyCodes.api.programs[':programId'].ambassadors[':ambassadorId']['shopify-code'];

type CodeState = InferResponseType<typeof codeApi.$get, 200>;

/** Each state of the code in the shop, in words (the answer's `state`; its `message` is the English). */
const STATE_WORDS: Record<CodeState['state'], MessageKey> = {
  no_code: 'ambassadorHome.shopCode.noCode',
  waiting: 'ambassadorHome.shopCode.waiting',
  not_connected: 'ambassadorHome.shopCode.notConnected',
  created: 'ambassadorHome.shopCode.created',
  deactivated: 'ambassadorHome.shopCode.deactivated',
  pending: 'ambassadorHome.shopCode.pending',
  failed: 'ambassadorHome.shopCode.failed',
};

/** The code's state in the reader's words; Shopify's refusal reason is its own text, quoted as it is. */
function stateWords(state: CodeState): string {
  const code = state.referralCode ?? '';
  if (state.state === 'failed' && !state.reason) return t('ambassadorHome.shopCode.failedNoReason', { code });
  return t(STATE_WORDS[state.state], { code, reason: state.reason ?? '' });
}

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
      {stateWords(state.data)}
    </p>
  );
}
