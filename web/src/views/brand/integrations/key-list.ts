/** The order of the API key list, and where the focus goes when a key in it is revoked. */

type Listed = { id: string; revokedAt?: string | undefined };

/** Active keys first, then the revoked ones; each group in the order the API sent it. */
export function activeFirst<K extends Listed>(keys: readonly K[]): K[] {
  return [...keys].sort((a, b) => Number(Boolean(a.revokedAt)) - Number(Boolean(b.revokedAt)));
}

/**
 * The active key whose Revoke button takes the focus after `revokedId` is revoked: the next
 * one, else the one before; undefined when it was the last active key.
 */
export function nextToFocus(active: readonly Listed[], revokedId: string): string | undefined {
  const at = active.findIndex((k) => k.id === revokedId);
  return (active[at + 1] ?? active[at - 1])?.id;
}
