import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ShopifySettingsInputSchema } from './shopify.schema.ts';

const settings = (shopDomain: string) => ({ shopDomain, webhookSecret: 'shpss_0123456789abcdef' });

describe('ShopifySettingsInputSchema', () => {
  // Found by the document fuzz (test/document-fuzz.test.ts, seed 669122831, request #4271):
  // D--Y9.MYSHOPIFY.COM and a domain with a newline after it were taken (200), though the
  // document's pattern allowed only lower case and no spaces.
  it('takes a shop domain in any case, lower-cased, and refuses spaces around it', () => {
    expect(ShopifySettingsInputSchema.parse(settings('Fiesta-Shop.MyShopify.COM')).shopDomain).toBe(
      'fiesta-shop.myshopify.com',
    );
    for (const domain of [
      'fiesta-shop.myshopify.com\n',
      ' fiesta-shop.myshopify.com',
      'fiesta-shop.myshopify.com\t',
    ])
      expect(ShopifySettingsInputSchema.safeParse(settings(domain)).success, JSON.stringify(domain)).toBe(
        false,
      );
  });

  it('takes exactly what the pattern it gives the OpenAPI document matches', () => {
    // The schema has an id (ShopifySettingsInput), so its JSON Schema sits under $defs.
    const json = z.toJSONSchema(ShopifySettingsInputSchema) as {
      $defs?: Record<string, { properties?: Record<string, { pattern?: string }> }>;
    };
    const pattern = new RegExp(
      json.$defs?.ShopifySettingsInput?.properties?.shopDomain?.pattern ?? '(?!)',
      'u',
    );
    for (const domain of [
      'fiesta-shop.myshopify.com',
      'FIESTA.MYSHOPIFY.COM',
      'a.myshopify.com',
      '-a.myshopify.com',
      'fiesta.myshopify.co',
      'fiesta.shopify.com',
      'fi\u212aesta.myshopify.com',
      ' fiesta.myshopify.com',
      'fiesta.myshopify.com ',
    ])
      expect(ShopifySettingsInputSchema.safeParse(settings(domain)).success, domain).toBe(
        pattern.test(domain),
      );
  });
});
