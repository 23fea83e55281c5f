import { ENTITY, indexKeys, keys } from '../db/keys.ts';
import type { Conversion } from './conversion.schema.ts';

/** The stored form of an order: keyed by its order id (one per order), on the by-time index. */
export function conversionItem(conversion: Conversion, keyId: string, customerEmailHash?: string) {
  return {
    ...keys.conversion(conversion.programId, conversion.orderId),
    entity: ENTITY.conversion,
    ...conversion,
    ...indexKeys.conversionsByTime(conversion.programId, conversion.occurredAt, conversion.orderId),
    keyId,
    ...(customerEmailHash ? { customerEmailHash } : {}),
  };
}
