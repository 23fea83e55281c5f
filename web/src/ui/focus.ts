/** True when the focused element went away (its button was removed), so focus should be put somewhere. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}
