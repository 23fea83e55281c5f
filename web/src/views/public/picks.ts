/** The picks with one link turned on (at the end, so the order chosen so far stays) or off. */
export function togglePick(picks: readonly string[], slug: string, on: boolean): string[] {
  const rest = picks.filter((pick) => pick !== slug);
  return on ? [...rest, slug] : rest;
}

/** A pick's name from its link's slug: "summer-sale" → "Summer sale". */
export function pickLabel(slug: string): string {
  const words = slug.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
