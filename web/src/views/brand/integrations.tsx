import type { InferResponseType } from 'hono/client';
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiError, api, fieldErrors, ok } from '../../api/client.ts';
import type { ProgramContext } from '../../program-context.ts';
import { formatDate, formatMoney, minorDigits } from '../../ui/format.ts';
import { Async, Button, Card, CopyButton, Empty, ErrorNotice, Notice, TextField } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction, useRequest } from '../../use-request.ts';
import './brand.css';

type Programs = (typeof api.referrals.api.programs)[':programId'];
type ApiKey = InferResponseType<Programs['api-keys']['$get'], 200>['items'][number];
type NewKey = InferResponseType<Programs['api-keys']['$post'], 201>;
type NewSecret = InferResponseType<Programs['signing-secrets']['$post'], 201>;
type Shopify = InferResponseType<Programs['integrations']['shopify']['$get'], 200>;

/** Integrations: API keys and signing secrets for the shop's server, the conversions API, and Shopify. */
export function IntegrationsTab({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const [newKey, setNewKey] = useState<NewKey | undefined>();
  return (
    <div class="brand-view">
      <h1>Integrations</h1>
      <p class="lead">
        Connect your shop so orders are credited to ambassadors: send them from your server through the
        conversions API with an API key, or connect a Shopify shop.
      </p>
      <ApiKeys programId={programId} newKey={newKey} onNewKey={setNewKey} />
      <ConversionsGuide programId={programId} currency={program.currency} apiKey={newKey?.key} />
      <SigningSecrets programId={programId} />
      <ShopifyCard programId={programId} />
    </div>
  );
}

/** Moves the focus after the next render, once the element it goes to is on the page. */
function useFocusLater(): (find: () => HTMLElement | null | undefined) => void {
  const [target, setTarget] = useState<{ find: () => HTMLElement | null | undefined }>();
  useEffect(() => {
    if (!target) return;
    setTarget(undefined);
    target.find()?.focus();
  }, [target]);
  return (find) => setTarget({ find });
}

function ApiKeys({
  programId,
  newKey,
  onNewKey,
}: {
  programId: string;
  newKey: NewKey | undefined;
  onNewKey: (key: NewKey | undefined) => void;
}) {
  const keys = useRequest(
    () => ok(api.referrals.api.programs[':programId']['api-keys'].$get({ param: { programId } })),
    [programId],
  );
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('Shop server');
  const form = useRef<HTMLFormElement>(null);
  const secret = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const createId = useId();
  // Where the focus goes once the element that had it is gone: the form's field, the new key,
  // the create button, or after a revoke the next active key's Revoke button (else the list's heading).
  const focusLater = useFocusLater();
  const toForm = () => focusLater(() => form.current?.querySelector('input'));
  const toCreate = () => focusLater(() => document.getElementById(createId));
  const create = useAction(async () => {
    const created = await ok(
      api.referrals.api.programs[':programId']['api-keys'].$post({
        param: { programId },
        json: { name: name.trim() || 'Shop server' },
      }),
    );
    onNewKey(created);
    setCreating(false);
    setName('Shop server');
    focusLater(() => secret.current?.querySelector('input'));
    const { key: _secret, ...listed } = created;
    if (keys.data === undefined) keys.reload();
    else
      keys.setData((current) =>
        current.items.some((k) => k.id === listed.id)
          ? current
          : { ...current, items: [listed, ...current.items] },
      );
    toast('API key created');
  });
  const nameError = fieldErrors(create.error).name;

  return (
    <Card
      title="API keys"
      actions={
        creating ? null : (
          <Button
            id={createId}
            variant="primary"
            onClick={() => {
              create.clearError();
              setCreating(true);
              toForm();
            }}
          >
            Create API key
          </Button>
        )
      }
    >
      <p class="muted">
        Your shop's server sends orders and refunds with a key in the Authorization header. Make one key per
        system, so you can revoke one without stopping the others.
      </p>
      {creating ? (
        <form
          ref={form}
          class="stack create-form"
          onSubmit={(event) => {
            event.preventDefault();
            void create.run();
          }}
        >
          <TextField
            label="Name"
            hint="Where the key is used, such as “Shop server”."
            required
            maxLength={80}
            value={name}
            error={nameError}
            onValue={setName}
          />
          {create.error && !nameError ? <ErrorNotice error={create.error} /> : null}
          <div class="actions">
            <Button type="submit" variant="primary" busy={create.busy}>
              Create key
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                setCreating(false);
                toCreate();
              }}
              disabled={create.busy}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      {newKey ? (
        <ShownOnce
          fieldRef={secret}
          label="New API key"
          copyLabel="Copy key"
          value={newKey.key}
          title={`Your new key “${newKey.name}”`}
          onDone={() => {
            onNewKey(undefined);
            if (creating) toForm();
            else toCreate();
          }}
        >
          Copy it now and store it in your shop server's secrets. You will not see it again: Embassy keeps
          only a hash of it.
        </ShownOnce>
      ) : null}
      <Async request={keys} label="Loading the keys…">
        {({ items }) => {
          if (items.length === 0)
            return (
              <Empty title="No API keys yet">
                Create one for your shop's server to start sending orders.
              </Empty>
            );
          const sorted = [...items].sort(
            (a, b) => Number(Boolean(a.revokedAt)) - Number(Boolean(b.revokedAt)),
          );
          const active = sorted.filter((key) => !key.revokedAt);
          return (
            <>
              <h3 ref={heading} tabIndex={-1} class="keys-heading">
                Your keys ({active.length} active)
              </h3>
              <ul ref={list} class="list keys">
                {sorted.map((key) => (
                  <KeyRow
                    key={key.id}
                    programId={programId}
                    apiKey={key}
                    onRevoked={(revokedAt) => {
                      // A revoked key shown once is of no use: take it off the screen.
                      if (newKey?.id === key.id) onNewKey(undefined);
                      keys.setData((current) => ({
                        ...current,
                        items: current.items.map((k) => (k.id === key.id ? { ...k, revokedAt } : k)),
                      }));
                      const at = active.findIndex((k) => k.id === key.id);
                      const next = (active[at + 1] ?? active[at - 1])?.id;
                      focusLater(
                        () =>
                          (next &&
                            list.current?.querySelector<HTMLElement>(
                              `[data-revoke="${CSS.escape(next)}"]`,
                            )) ||
                          heading.current,
                      );
                    }}
                  />
                ))}
              </ul>
            </>
          );
        }}
      </Async>
    </Card>
  );
}

function KeyRow({
  programId,
  apiKey,
  onRevoked,
}: {
  programId: string;
  apiKey: ApiKey;
  onRevoked: (revokedAt: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const rowId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const row = useRef<HTMLDivElement>(null);
  // The Revoke button gives way to the question: take the focus there so it is read out.
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) question.current?.focus();
    // "Keep it" removes the question: back to the Revoke button it came from.
    else if (asked.current) row.current?.querySelector<HTMLButtonElement>('[data-revoke]')?.focus();
    asked.current = confirming;
  }, [confirming]);
  const revoke = useAction(async () => {
    await ok(
      api.referrals.api.programs[':programId']['api-keys'][':keyId'].$delete({
        param: { programId, keyId: apiKey.id },
      }),
    );
    asked.current = false;
    setConfirming(false);
    onRevoked(new Date().toISOString());
    toast(`Key “${apiKey.name}” revoked`);
  });
  return (
    <li class="key-row">
      <div class="row" ref={row}>
        <div>
          <strong id={`${rowId}-name`}>{apiKey.name}</strong>{' '}
          {apiKey.revokedAt ? (
            <span class="pill void">Revoked</span>
          ) : (
            <span class="pill active">Active</span>
          )}
          <p class="muted small">
            Created {formatDate(apiKey.createdAt, { withTime: true })}
            {apiKey.revokedAt ? `, revoked ${formatDate(apiKey.revokedAt, { withTime: true })}` : ''} · id{' '}
            <code>{apiKey.id}</code>
          </p>
        </div>
        {apiKey.revokedAt || confirming ? null : (
          <Button
            variant="secondary"
            data-revoke={apiKey.id}
            aria-describedby={`${rowId}-name`}
            onClick={() => setConfirming(true)}
          >
            Revoke
          </Button>
        )}
      </div>
      {confirming ? (
        <div class="confirm">
          <p tabIndex={-1} ref={question} id={`${rowId}-question`}>
            Revoke “{apiKey.name}”? Requests with this key are refused at once. This cannot be undone.
          </p>
          {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
          <div class="actions">
            <Button
              variant="danger"
              busy={revoke.busy}
              aria-describedby={`${rowId}-question`}
              onClick={() => void revoke.run()}
            >
              Yes, revoke
            </Button>
            <Button
              variant="ghost"
              disabled={revoke.busy}
              aria-describedby={`${rowId}-name`}
              onClick={() => setConfirming(false)}
            >
              Keep it
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

/** A secret shown once, in a readonly field to copy from, with the warning that it will not come back. */
function ShownOnce({
  fieldRef,
  label,
  copyLabel,
  value,
  title,
  onDone,
  children,
}: {
  fieldRef?: RefObject<HTMLDivElement | null>;
  label: string;
  copyLabel: string;
  value: string;
  title: string;
  onDone: () => void;
  children: ComponentChildren;
}) {
  return (
    <Notice kind="warning">
      <p>
        <strong>{title}</strong>
      </p>
      <p>{children}</p>
      <div class="secret" ref={fieldRef}>
        <TextField
          label={label}
          readOnly
          value={value}
          onValue={() => undefined}
          onFocus={(e) => (e.target as HTMLInputElement).select()}
          spellcheck={false}
          autoComplete="off"
        />
        <CopyButton text={value} label={copyLabel} />
      </div>
      <Button variant="ghost" onClick={onDone}>
        I have stored it
      </Button>
    </Notice>
  );
}

/** A block of text to copy: a command, a URL. */
function CopyBlock({ label, text, copyLabel }: { label: string; text: string; copyLabel: string }) {
  return (
    <div class="copy-block">
      <div class="row">
        <span class="copy-label">{label}</span>
        <CopyButton text={text} label={copyLabel} />
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <pre tabIndex={0}>
        <code>{text}</code>
      </pre>
    </div>
  );
}

function ConversionsGuide({
  programId,
  currency,
  apiKey,
}: {
  programId: string;
  currency: string;
  apiKey: string | undefined;
}) {
  const base = `${location.origin}/api/programs/${programId}`;
  const digits = minorDigits(currency);
  const key = apiKey ?? 'YOUR_API_KEY';
  const order = `curl -X POST '${base}/conversions' \\
  -H 'Authorization: Bearer ${key}' \\
  -H 'Content-Type: application/json' \\
  -d '{
    "orderId": "1001",
    "amount": 4990,
    "currency": "${currency}",
    "referralCode": "ANNA7",
    "clickId": "the rid from the landing URL",
    "customerEmail": "customer@example.com",
    "occurredAt": "${new Date().toISOString().slice(0, 19)}Z"
  }'`;
  const refund = `curl -X POST '${base}/conversions/1001/refunds' \\
  -H 'Authorization: Bearer ${key}' \\
  -H 'Content-Type: application/json' \\
  -d '{ "refundId": "R-1001-1", "amount": 1000 }'`;
  return (
    <Card title="Send orders from your server">
      <p>
        When an order is paid, your server posts it to Embassy once. Referral links lead to your shop with{' '}
        <code>ref</code> (the ambassador's code) and <code>rid</code> (the click) in the address: keep them
        with the visitor's session and send them with the order.
      </p>
      <CopyBlock label="Order request" text={order} copyLabel="Copy order request" />
      <dl class="fields">
        <dt>
          <code>orderId</code>
        </dt>
        <dd>Your order number. Sending it again changes nothing, so retries are safe.</dd>
        <dt>
          <code>amount</code>
        </dt>
        <dd>
          {digits === 0
            ? `A whole number of ${currency}, which has no smaller unit: 4990 is ${formatMoney(4990, currency)}.`
            : `In minor units (1/${10 ** digits} of a ${currency}) as a whole number: 4990 is ${formatMoney(4990, currency)}.`}{' '}
          Usually the total after discounts, before shipping.
        </dd>
        <dt>
          <code>currency</code>
        </dt>
        <dd>The program's currency, {currency}.</dd>
        <dt>
          <code>referralCode</code>, <code>clickId</code>
        </dt>
        <dd>
          Optional: the <code>ref</code> and <code>rid</code> from the landing address, or a discount code
          equal to the ambassador's code. The click wins when it is within the attribution window.
        </dd>
        <dt>
          <code>customerEmail</code>
        </dt>
        <dd>Optional: compared as a hash with the ambassador's, to flag self-referrals. Never stored.</dd>
        <dt>
          <code>occurredAt</code>
        </dt>
        <dd>When the order was placed, an ISO date and time with its offset.</dd>
      </dl>
      <h3>Refunds</h3>
      <p>
        Send each refund once, in the same units as the order's amount. A refund before the commission is
        approved shrinks it; after, it adds a clawback line.
      </p>
      <CopyBlock label="Refund request" text={refund} copyLabel="Copy refund request" />
      <p class="muted small">
        Answers: 201 recorded, 200 already recorded (the first result), 401 a wrong or revoked key, 409 the
        same order id with different content, 422 a field to fix (the answer names it). The full reference is
        at <a href="/api/openapi.json">/api/openapi.json</a>.
      </p>
    </Card>
  );
}

function SigningSecrets({ programId }: { programId: string }) {
  const [created, setCreated] = useState<NewSecret | undefined>();
  const [secretId, setSecretId] = useState('');
  const createId = useId();
  const shown = useRef<HTMLDivElement>(null);
  const revokeForm = useRef<HTMLFormElement>(null);
  const focusLater = useFocusLater();
  const create = useAction(async () => {
    const secret = await ok(
      api.referrals.api.programs[':programId']['signing-secrets'].$post({ param: { programId } }),
    );
    setCreated(secret);
    focusLater(() => shown.current?.querySelector('input'));
    toast('Signing secret created');
  });
  const revoke = useAction(async () => {
    const id = secretId.trim();
    if (!id) throw new ApiError(0, 'client', 'Enter the id of the secret to revoke.');
    await ok(
      api.referrals.api.programs[':programId']['signing-secrets'][':secretId'].$delete({
        param: { programId, secretId: id },
      }),
    );
    if (created?.id === id) setCreated(undefined);
    setSecretId('');
    // The button is disabled again with the field empty: back to the field.
    focusLater(() => revokeForm.current?.querySelector('input'));
    toast('Signing secret revoked');
  });
  return (
    <Card
      title="Signing secrets"
      actions={
        <Button id={createId} busy={create.busy} onClick={() => void create.run()}>
          Create signing secret
        </Button>
      }
    >
      <p class="muted">
        Instead of a key, your server may sign each request: an <code>Embassy-Signature</code> header of the
        form <code>t=&#123;unix seconds&#125;,v1=&#123;hex HMAC-SHA256 of "t.raw body"&#125;</code>, at most
        300 seconds old. A signed refund also names its order in the body (<code>orderId</code>). Two secrets
        can be active at once, so you can rotate them.
      </p>
      {create.error ? <ErrorNotice error={create.error} /> : null}
      {created ? (
        <ShownOnce
          fieldRef={shown}
          label="New signing secret"
          copyLabel="Copy secret"
          value={created.secret}
          title={`Your new signing secret (id ${created.id})`}
          onDone={() => {
            setCreated(undefined);
            focusLater(() => document.getElementById(createId));
          }}
        >
          Copy it now and keep its id to revoke it later. You will not see the secret again.
        </ShownOnce>
      ) : null}
      <form
        ref={revokeForm}
        class="revoke-secret"
        onSubmit={(event) => {
          event.preventDefault();
          void revoke.run();
        }}
      >
        <TextField
          label="Secret id to revoke"
          hint="The id shown when the secret was created."
          value={secretId}
          onValue={setSecretId}
          maxLength={64}
        />
        <Button type="submit" variant="danger" busy={revoke.busy} disabled={!secretId.trim()}>
          Revoke secret
        </Button>
      </form>
      {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
    </Card>
  );
}

function ShopifyCard({ programId }: { programId: string }) {
  const settings = useRequest(async (): Promise<Shopify | null> => {
    try {
      return await ok(
        api.referrals.api.programs[':programId'].integrations.shopify.$get({ param: { programId } }),
      );
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
  const [shopDomain, setShopDomain] = useState('');
  const [webhookSecret, setWebhookSecret] = useState('');
  const save = useAction(async () => {
    const saved = await ok(
      api.referrals.api.programs[':programId'].integrations.shopify.$put({
        param: { programId },
        json: { shopDomain: shopDomain.trim(), webhookSecret: webhookSecret.trim() },
      }),
    );
    settings.setData(() => saved);
    setEditing(false);
    toChange();
    setWebhookSecret('');
    toast('Shopify connected');
  });
  const issues = fieldErrors(save.error);
  // The notice above the button for anything the two fields do not show themselves.
  const otherProblem =
    save.error !== undefined &&
    (Object.keys(issues).length === 0 ||
      Object.keys(issues).some((path) => path !== 'shopDomain' && path !== 'webhookSecret'));
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
                    setShopDomain(current.shopDomain);
                    setEditing(true);
                    focusLater(() => shopForm.current?.querySelector('input'));
                  }}
                >
                  Change the connection
                </Button>
              </div>
            ) : (
              <form
                ref={shopForm}
                class="stack narrow-form"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void save.run();
                }}
              >
                <TextField
                  label="Shop domain"
                  placeholder="your-shop.myshopify.com"
                  hint="The shop's own domain, ending in .myshopify.com."
                  autoComplete="off"
                  spellcheck={false}
                  value={shopDomain}
                  error={issues.shopDomain}
                  onValue={setShopDomain}
                />
                <TextField
                  label="Webhook signing secret"
                  type="password"
                  autoComplete="off"
                  hint="Stored encrypted and never shown again."
                  value={webhookSecret}
                  error={issues.webhookSecret}
                  onValue={setWebhookSecret}
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
              </form>
            )}
          </div>
        )}
      </Async>
    </Card>
  );
}
