import { useId, useRef, useState } from 'preact/hooks';
import { ApiError, fieldErrors, ok } from '../../../api/client.ts';
import { t, tx } from '../../../i18n/i18n.ts';
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
    toast(t('brandIntegrations.shopify.connectedToast'));
  });
  const issues = fieldErrors(save.error);
  // The notice above the button for anything the two fields do not show themselves.
  const otherProblem =
    save.error !== undefined &&
    (Object.keys(issues).length === 0 || Object.keys(issues).some((path) => !SHOWN_BY_FIELDS.has(path)));
  const webhookUrl = `${location.origin}/api/webhooks/shopify/${programId}`;

  return (
    <Card title={t('brandIntegrations.shopify.title')}>
      <Async request={settings} label={t('brandIntegrations.shopify.loading')}>
        {(current) => (
          <div class="stack">
            {current ? (
              <Notice kind="success">
                <p>
                  {tx('brandIntegrations.shopify.connected', {
                    shop: current.shopDomain,
                    date: formatDate(current.updatedAt, { withTime: true }),
                    strong: (words) => <strong>{words}</strong>,
                  })}
                </p>
                <ShopifyCodesSummary current={current} currency={currency} />
              </Notice>
            ) : (
              <p>{t('brandIntegrations.shopify.notConnected')}</p>
            )}
            <ol class="steps">
              <li>
                {tx('brandIntegrations.shopify.step1', { strong: (words) => <strong>{words}</strong> })}
              </li>
              <li>
                {tx('brandIntegrations.shopify.step2', {
                  strong: (words) => <strong>{words}</strong>,
                  code: (words) => <code>{words}</code>,
                })}
                <CopyBlock
                  label={t('brandIntegrations.shopify.webhookUrl')}
                  text={webhookUrl}
                  copyLabel={t('brandIntegrations.shopify.webhookUrl.copy')}
                />
              </li>
              <li>{tx('brandIntegrations.shopify.step3', { code: (words) => <code>{words}</code> })}</li>
            </ol>
            <p class="muted small">
              {tx('brandIntegrations.shopify.attribution', { code: (words) => <code>{words}</code> })}
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
                  {t('brandIntegrations.shopify.change')}
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
                  label={t('brandIntegrations.shopify.domain')}
                  placeholder={t('brandIntegrations.shopify.domain.placeholder')}
                  hint={t('brandIntegrations.shopify.domain.hint')}
                  autoComplete="off"
                  spellcheck={false}
                  {...bind('shopDomain')}
                  error={issues.shopDomain}
                />
                <TextField
                  label={t('brandIntegrations.shopify.secret')}
                  type="password"
                  autoComplete="off"
                  hint={t('brandIntegrations.shopify.storedEncrypted')}
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
                    {current ? t('brandIntegrations.shopify.save') : t('brandIntegrations.shopify.connect')}
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
                      {t('brandIntegrations.cancel')}
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
