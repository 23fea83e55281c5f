/**
 * Flags of an order the ambassador placed themself (their own email, or their own browser on
 * the credited click): it earns no commission, no sale points and no sale credit. No imports,
 * so the stream aggregators can use it without the schemas.
 */
export const OWN_ORDER_FLAGS = ['self_referral', 'own_link_purchase'] as const;

/** True when the flags say the ambassador bought through their own link or code. */
export function isOwnOrder(flags: readonly string[]): boolean {
  return OWN_ORDER_FLAGS.some((flag) => flags.includes(flag));
}
