import { Fragment } from 'preact';
import { t, tx } from '../../../i18n/i18n.ts';
import { formatMoney, minorDigits } from '../../../ui/format.ts';
import { Card } from '../../../ui/kit.tsx';
import { orderRequest, refundRequest } from './conversion-requests.ts';
import { CopyBlock } from './copy-block.tsx';

/** The request's field names a description is about, as code ("referralCode, clickId"). */
function FieldNames({ names }: { names: string[] }) {
  return (
    <dt>
      {names.map((name, i) => (
        <Fragment key={name}>
          {i > 0 ? ', ' : null}
          <code>{name}</code>
        </Fragment>
      ))}
    </dt>
  );
}

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
    <Card title={t('brandIntegrations.guide.title')}>
      <p>{tx('brandIntegrations.guide.intro', { code: (words) => <code>{words}</code> })}</p>
      <CopyBlock
        label={t('brandIntegrations.guide.order')}
        text={order}
        copyLabel={t('brandIntegrations.guide.order.copy')}
      />
      <dl class="fields">
        <FieldNames names={['orderId']} />
        <dd>{t('brandIntegrations.guide.orderId')}</dd>
        <FieldNames names={['amount']} />
        <dd>
          {digits === 0
            ? t('brandIntegrations.guide.amount.whole', { currency, example: formatMoney(4990, currency) })
            : t('brandIntegrations.guide.amount.minor', {
                fraction: String(10 ** digits),
                currency,
                example: formatMoney(4990, currency),
              })}
        </dd>
        <FieldNames names={['currency']} />
        <dd>{t('brandIntegrations.guide.currency', { currency })}</dd>
        <FieldNames names={['referralCode', 'clickId']} />
        <dd>{tx('brandIntegrations.guide.referral', { code: (words) => <code>{words}</code> })}</dd>
        <FieldNames names={['customerEmail']} />
        <dd>{t('brandIntegrations.guide.email')}</dd>
        <FieldNames names={['occurredAt']} />
        <dd>{t('brandIntegrations.guide.occurredAt')}</dd>
      </dl>
      <h3>{t('brandIntegrations.guide.refunds')}</h3>
      <p>{t('brandIntegrations.guide.refunds.text')}</p>
      <CopyBlock
        label={t('brandIntegrations.guide.refund')}
        text={refund}
        copyLabel={t('brandIntegrations.guide.refund.copy')}
      />
      <p class="muted small">
        {tx('brandIntegrations.guide.answers', { link: (words) => <a href="/api/openapi.json">{words}</a> })}
      </p>
    </Card>
  );
}
