/** Reading a shop's code export: one code a line, or the first column of a CSV. */

/** How many codes the API takes in one call. */
export const CODES_PER_CALL = 1000;

/** What the API takes as a code: printable ASCII without spaces, at most 200 characters. */
const CODE = /^[\x21-\x7e]{1,200}$/;
/** A first line that names the column rather than holding a code. */
const HEADER = /^(?:codes?|coupons?|coupon[ _-]?codes?|vouchers?|voucher[ _-]?codes?|gift[ _-]?cards?)$/i;

export type ParsedCodes = {
  /** Each code once, in the file's order. */
  codes: string[];
  /** Codes the file holds more than once (sent once). */
  repeated: string[];
  /** Lines that are not a code the API takes (a space inside, too long, not ASCII). */
  invalid: string[];
  /** The first line was a column name, not a code. */
  header: string | undefined;
};

/** The first field of a CSV line: up to a comma, semicolon or tab, or a quoted field with "" inside. */
export function firstField(line: string): string {
  const text = line.trim();
  if (text.startsWith('"')) {
    let value = '';
    for (let i = 1; i < text.length; i++) {
      const char = text[i];
      if (char === '"') {
        if (text[i + 1] === '"') {
          value += '"';
          i++;
        } else return value.trim();
      } else value += char;
    }
    return value.trim();
  }
  return (text.split(/[,;\t]/)[0] ?? '').trim();
}

/** The codes of a text or CSV file, with what was left out and why. */
export function parseCodes(text: string): ParsedCodes {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const invalid: string[] = [];
  let header: string | undefined;
  let first = true;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n|\r/)) {
    const field = firstField(line);
    if (!field) continue;
    if (first && HEADER.test(field)) {
      header = field;
      first = false;
      continue;
    }
    first = false;
    if (!CODE.test(field)) invalid.push(field);
    else if (seen.has(field)) repeated.add(field);
    else seen.add(field);
  }
  return { codes: [...seen], repeated: [...repeated], invalid, header };
}

/** The codes in groups the API takes in one call each. */
export function batches(codes: readonly string[], size = CODES_PER_CALL): string[][] {
  const groups: string[][] = [];
  for (let i = 0; i < codes.length; i += size) groups.push(codes.slice(i, i + size));
  return groups;
}
