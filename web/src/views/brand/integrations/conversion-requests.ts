/** The example requests of the conversions guide, ready to paste into a terminal. */

/** An order posted to `base` (the program's API address), with the new key once there is one. */
export function orderRequest(base: string, key: string, currency: string, now: Date): string {
  return `curl -X POST '${base}/conversions' \\
  -H 'Authorization: Bearer ${key}' \\
  -H 'Content-Type: application/json' \\
  -d '{
    "orderId": "1001",
    "amount": 4990,
    "currency": "${currency}",
    "referralCode": "ANNA7",
    "clickId": "the rid from the landing URL",
    "customerEmail": "customer@example.com",
    "occurredAt": "${now.toISOString().slice(0, 19)}Z"
  }'`;
}

/** A refund of part of the example order. */
export function refundRequest(base: string, key: string): string {
  return `curl -X POST '${base}/conversions/1001/refunds' \\
  -H 'Authorization: Bearer ${key}' \\
  -H 'Content-Type: application/json' \\
  -d '{ "refundId": "R-1001-1", "amount": 1000 }'`;
}
