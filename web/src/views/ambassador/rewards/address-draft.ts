import type { ShippingAddress } from '../../../api/rewards.ts';

/** A shipping address as typed: every field text, the optional ones empty when not given. */
export type AddressDraft = {
  name: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  region: string;
  country: string;
};

export const REQUIRED_ADDRESS_FIELDS = ['name', 'line1', 'city', 'postalCode', 'country'] as const;

export function addressDraft(name: string, country: string): AddressDraft {
  return { name, line1: '', line2: '', city: '', postalCode: '', region: '', country };
}

/** The required fields left empty, to point at before anything is sent. */
export function missingFields(draft: AddressDraft): Set<keyof AddressDraft> {
  return new Set(REQUIRED_ADDRESS_FIELDS.filter((field) => !draft[field].trim()));
}

/** The address as the API takes it: trimmed, the optional lines left out when empty. */
export function addressBody(draft: AddressDraft): ShippingAddress {
  const line2 = draft.line2.trim();
  const region = draft.region.trim();
  return {
    name: draft.name.trim(),
    line1: draft.line1.trim(),
    ...(line2 ? { line2 } : {}),
    city: draft.city.trim(),
    postalCode: draft.postalCode.trim(),
    ...(region ? { region } : {}),
    country: draft.country,
  };
}
