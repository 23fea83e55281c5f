import { formatMoney, minorDigits } from '../../../ui/format.ts';
import { Card } from '../../../ui/kit.tsx';
import { orderRequest, refundRequest } from './conversion-requests.ts';
import { CopyBlock } from './copy-block.tsx';

/** How the shop's server sends orders and refunds, with requests to copy (with the new key once made). */
export function ConversionsGuide({
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
  const order = orderRequest(base, key, currency, new Date());
  const refund = refundRequest(base, key);
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
