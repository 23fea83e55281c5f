import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { ApiKeys } from './api-keys.tsx';
import { ConversionsGuide } from './conversions-guide.tsx';
import type { NewKey } from './integrations-api.ts';
import { ShopifyCard } from './shopify-card.tsx';
import { SigningSecrets } from './signing-secrets.tsx';
import { WebhooksCard } from './webhooks/webhooks-card.tsx';
import '../brand.css';

/** Integrations: API keys and signing secrets for the shop's server, the conversions API, Shopify, and outbound webhooks. */
export function IntegrationsTab({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const [newKey, setNewKey] = useState<NewKey | undefined>();
  return (
    <div class="brand-view">
      <h1>{t('brandIntegrations.title')}</h1>
      <p class="lead">{t('brandIntegrations.lead')}</p>
      <ApiKeys programId={programId} newKey={newKey} onNewKey={setNewKey} />
      <ConversionsGuide programId={programId} currency={program.currency} apiKey={newKey?.key} />
      <SigningSecrets programId={programId} />
      <ShopifyCard programId={programId} currency={program.currency} />
      <WebhooksCard programId={programId} />
    </div>
  );
}
