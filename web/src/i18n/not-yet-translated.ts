/**
 * The dashboard's files that still show words of their own rather than the catalogues'. The
 * catalogue test passes over them, and fails once one is translated and still listed: this list
 * only shrinks, to empty.
 */
export const NOT_YET_TRANSLATED: readonly string[] = [
  'views/brand/content/content-card.tsx',
  'views/brand/content/index.tsx',
  'views/brand/content/library-filters.tsx',
  'views/brand/integrations/api-keys.tsx',
  'views/brand/integrations/conversions-guide.tsx',
  'views/brand/integrations/index.tsx',
  'views/brand/integrations/key-row.tsx',
  'views/brand/integrations/shopify-card.tsx',
  'views/brand/integrations/shopify-codes-fields.tsx',
  'views/brand/integrations/shown-once.tsx',
  'views/brand/integrations/signing-secrets.tsx',
  'views/brand/integrations/webhooks/delivery-log.tsx',
  'views/brand/integrations/webhooks/endpoint-form.tsx',
  'views/brand/integrations/webhooks/endpoint-row.tsx',
  'views/brand/integrations/webhooks/webhooks-card.tsx',
  'views/brand/tabs.ts',
];
