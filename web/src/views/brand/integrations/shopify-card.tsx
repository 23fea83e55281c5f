import { useId, useRef, useState } from 'preact/hooks';
import { ApiError, fieldErrors, ok } from '../../../api/client.ts';
import { formatDate } from '../../../ui/format.ts';
import { Async, Button, Card, ErrorNotice, Notice, TextField } from '../../../ui/kit.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useDraft } from '../../../ui/use-draft.ts';
import { useFocusLater } from '../../../ui/use-focus-later.ts';
import { useAction, useRequest } from '../../../use-request.ts';
import { CopyBlock } from './copy-block.tsx';
import { programApi, type Shopify } from './integrations-api.ts';
import { discountDraftOf, ShopifyCodesFields, ShopifyCodesSummary } from './shopify-codes-fields.tsx';
import { discountBody, type ShopifyDraft } from './shopify-discount.ts';

/** Fields whose problems the form shows beside them; anything else goes in the notice. */
const SHOWN_BY_FIELDS = new Set([
  'shopDomain',
  'webhookSecret',
  'adminAccessToken',
  'discount',
  'discount.value',
]);

/** The Shopify connection: how to set up its webhooks, and the shop and secret to save. */
export function ShopifyCard({ programId, currency }: { programId: string; currency: string }) {
  const settings = useRequest(async (): Promise<Shopify | null> => {
    try {
      return await ok(programApi.integrations.shopify.$get({ param: { programId } }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }, [programId]);
  const [editing, setEditing] = useState(false);
  const changeId = useId();
  const shopForm = useRef<HTMLFormElement>(null);
  const focusLater = useFocusLater();
  const toChange = () => focusLater(() => document.getElementById(changeId));
  const form = useDraft<ShopifyDraft>(() => ({
    shopDomain: '',
    webhookSecret: '',
    ...discountDraftOf(null, currency),
  }));
  const { draft, set, bind } = form;
  const save = useAction(async () => {
    const saved = await ok(
      programApi.integrations.shopify.$put({
        param: { programId },
        json: {
          shopDomain: draft.shopDomain.trim(),
          webhookSecret: draft.webhookSecret.trim(),
          ...discountBody(draft, currency),
        },
      }),
    );
    settings.setData(() => saved);
    setEditing(false);
    toChange();
    set('webhookSecret', '');
    set('adminAccessToken', '');
    toast('Shopify connected');
  });
  const issues = fieldErrors(save.error);
  // The notice above the button for anything the two fields do not show themselves.
  const otherProblem =
    save.error !== undefined &&
    (Object.keys(issues).length === 0 || Object.keys(issues).some((path) => !SHOWN_BY_FIELDS.has(path)));
  const webhookUrl = `${location.origin}/api/webhooks/shopify/${programId}`;

  return (
    <Card title="Shopify">
      <Async request={settings} label="Loading the Shopify connection…">
        {(current) => (
          <div class="stack">
            {current ? (
              <Notice kind="success">
                <p>
                  Connected to <strong>{current.shopDomain}</strong> since{' '}
                  {formatDate(current.updatedAt, { withTime: true })}. Orders arrive through the webhooks
                  below.
                </p>
                <ShopifyCodesSummary current={current} currency={currency} />
              </Notice>
            ) : (
              <p>Not connected yet. Set up the webhooks in your Shopify admin, then save the shop here.</p>
            )}
            <ol class="steps">
              <li>
                In your Shopify admin, open <strong>Settings → Notifications → Webhooks</strong> and choose{' '}
                <strong>Create webhook</strong>.
              </li>
              <li>
                Create one webhook for the event <strong>Order payment</strong> (<code>orders/paid</code>) and
                one for <strong>Refund create</strong> (<code>refunds/create</code>), each with format{' '}
                <strong>JSON</strong> and this URL:
                <CopyBlock label="Webhook URL" text={webhookUrl} copyLabel="Copy webhook URL" />
              </li>
              <li>
                Copy the secret Shopify shows under “Your webhooks will be signed with” and save it below with
                your shop's <code>.myshopify.com</code> domain.
              </li>
            </ol>
            <p class="muted small">
              How an order finds its ambassador: a discount code equal to the ambassador's referral code, or
              the <code>ref</code> and <code>rid</code> the referral link adds to the landing address (the
              click wins within the attribution window). The amount counted is the subtotal after discounts,
              before shipping.
            </p>
            {current && !editing ? (
              <div class="actions">
                <Button
                  id={changeId}
                  onClick={() => {
                    form.reset({
                      shopDomain: current.shopDomain,
                      webhookSecret: '',
                      ...discountDraftOf(current, currency),
                    });
                    setEditing(true);
                    focusLater(() => shopForm.current?.querySelector('input'));
                  }}
                >
                  Change the connection
                </Button>
              </div>
            ) : (
              <SubmitForm
                formRef={shopForm}
                class="stack narrow-form"
                noValidate
                onSubmit={() => void save.run()}
              >
                <TextField
                  label="Shop domain"
                  placeholder="your-shop.myshopify.com"
                  hint="The shop's own domain, ending in .myshopify.com."
                  autoComplete="off"
                  spellcheck={false}
                  {...bind('shopDomain')}
                  error={issues.shopDomain}
                />
                <TextField
                  label="Webhook signing secret"
                  type="password"
                  autoComplete="off"
                  hint="Stored encrypted and never shown again."
                  {...bind('webhookSecret')}
                  error={issues.webhookSecret}
                />
                <ShopifyCodesFields
                  form={form}
                  currency={currency}
                  tokenSet={current?.adminAccessTokenSet ?? false}
                  issues={issues}
                />
                {save.error && otherProblem ? <ErrorNotice error={save.error} /> : null}
                <div class="actions">
                  <Button type="submit" variant="primary" busy={save.busy}>
                    {current ? 'Save the connection' : 'Connect Shopify'}
                  </Button>
                  {current ? (
                    <Button
                      variant="ghost"
                      disabled={save.busy}
                      onClick={() => {
                        setEditing(false);
                        toChange();
                      }}
                    >
                      Cancel
                    </Button>
                  ) : null}
                </div>
              </SubmitForm>
            )}
          </div>
        )}
      </Async>
    </Card>
  );
}
