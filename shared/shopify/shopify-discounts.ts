import { decimalAmount } from '../money.ts';
import type { ShopifyDiscount } from './shopify.schema.ts';
import { type AdminCall, type AdminResult, adminGraphQl } from './shopify-admin.ts';

/**
 * The Admin GraphQL documents Embassy sends, in the shapes Shopify documents for the pinned
 * version (shopify.dev/docs/api/admin-graphql: mutations discountCodeBasicCreate,
 * discountCodeBasicUpdate, discountCodeActivate, discountCodeDeactivate; query
 * codeDiscountNodeByCode; object DiscountUserError, enum DiscountErrorCode).
 */
const USER_ERRORS = 'userErrors { field code message }';
const NODE = 'codeDiscountNode { id codeDiscount { ... on DiscountCodeBasic { title status endsAt } } }';

export const CREATE_DISCOUNT = `mutation discountCodeBasicCreate($basicCodeDiscount: DiscountCodeBasicInput!) {
  discountCodeBasicCreate(basicCodeDiscount: $basicCodeDiscount) { ${NODE} ${USER_ERRORS} }
}`;
export const UPDATE_DISCOUNT = `mutation discountCodeBasicUpdate($id: ID!, $basicCodeDiscount: DiscountCodeBasicInput!) {
  discountCodeBasicUpdate(id: $id, basicCodeDiscount: $basicCodeDiscount) { ${NODE} ${USER_ERRORS} }
}`;
export const ACTIVATE_DISCOUNT = `mutation discountCodeActivate($id: ID!) {
  discountCodeActivate(id: $id) { ${NODE} ${USER_ERRORS} }
}`;
export const DEACTIVATE_DISCOUNT = `mutation discountCodeDeactivate($id: ID!) {
  discountCodeDeactivate(id: $id) { ${NODE} ${USER_ERRORS} }
}`;
export const DISCOUNT_BY_CODE = `query codeDiscountNodeByCode($code: String!) {
  codeDiscountNodeByCode(code: $code) { id codeDiscount { ... on DiscountCodeBasic { title status endsAt } } }
}`;

/** The title Embassy gives its discounts: how a discount found by its code is known to be Embassy's. */
export const discountTitle = (code: string) => `Embassy referral code ${code}`;

/** A discount in the shop as Embassy reads it back. */
export type ShopDiscount = { id: string; title?: string; status?: string; endsAt?: string | null };

export type UserError = { field?: unknown; code?: unknown; message?: unknown };

/** What came of a discount call: the discount, Shopify's user errors, or the call's failure. */
export type DiscountResult =
  | { kind: 'ok'; discount: ShopDiscount }
  | { kind: 'userErrors'; errors: UserError[] }
  | Exclude<AdminResult, { kind: 'ok' }>;

function nodeOf(value: unknown): ShopDiscount | undefined {
  const node = value as { id?: unknown; codeDiscount?: Record<string, unknown> | null } | null | undefined;
  if (typeof node?.id !== 'string') return undefined;
  const inner = node.codeDiscount ?? {};
  return {
    id: node.id,
    ...(typeof inner.title === 'string' ? { title: inner.title } : {}),
    ...(typeof inner.status === 'string' ? { status: inner.status } : {}),
    ...(typeof inner.endsAt === 'string' || inner.endsAt === null
      ? { endsAt: inner.endsAt as string | null }
      : {}),
  };
}

async function mutate(call: AdminCall, field: string, query: string, variables: Record<string, unknown>) {
  const result = await adminGraphQl(call, query, variables);
  if (result.kind !== 'ok') return result;
  const payload = result.data[field] as
    | { codeDiscountNode?: unknown; userErrors?: unknown }
    | null
    | undefined;
  const errors = Array.isArray(payload?.userErrors) ? (payload.userErrors as UserError[]) : [];
  if (errors.length > 0) return { kind: 'userErrors', errors } satisfies DiscountResult;
  const discount = nodeOf(payload?.codeDiscountNode);
  if (!discount) return { kind: 'transient', reason: `Shopify’s ${field} answer had no discount` } as const;
  return { kind: 'ok', discount } satisfies DiscountResult;
}

/** The input for a new discount: the program's discount on everything, for all customers. */
export function discountInput(
  code: string,
  discount: ShopifyDiscount,
  currency: string,
  startsAt: string,
  endsAt: string | undefined,
): Record<string, unknown> {
  const value =
    discount.type === 'percentage'
      ? // Shopify takes a fraction (0.15 for 15 %); a whole percentage over 100 is exact in a double.
        { percentage: discount.value / 100 }
      : { discountAmount: { amount: decimalAmount(discount.value, currency), appliesOnEachItem: false } };
  return {
    title: discountTitle(code),
    code,
    startsAt,
    endsAt: endsAt ?? null,
    context: { all: 'ALL' },
    customerGets: { value, items: { all: true } },
    appliesOncePerCustomer: discount.oncePerCustomer,
  };
}

export const createDiscount = (call: AdminCall, input: Record<string, unknown>): Promise<DiscountResult> =>
  mutate(call, 'discountCodeBasicCreate', CREATE_DISCOUNT, { basicCodeDiscount: input });

export const setDiscountEnd = (
  call: AdminCall,
  id: string,
  endsAt: string | undefined,
): Promise<DiscountResult> =>
  mutate(call, 'discountCodeBasicUpdate', UPDATE_DISCOUNT, {
    id,
    basicCodeDiscount: { endsAt: endsAt ?? null },
  });

export const activateDiscount = (call: AdminCall, id: string): Promise<DiscountResult> =>
  mutate(call, 'discountCodeActivate', ACTIVATE_DISCOUNT, { id });

export const deactivateDiscount = (call: AdminCall, id: string): Promise<DiscountResult> =>
  mutate(call, 'discountCodeDeactivate', DEACTIVATE_DISCOUNT, { id });

/** The shop's discount with this code, if any (`null` when none has it). */
export async function findDiscountByCode(
  call: AdminCall,
  code: string,
): Promise<{ kind: 'ok'; discount: ShopDiscount | undefined } | Exclude<AdminResult, { kind: 'ok' }>> {
  const result = await adminGraphQl(call, DISCOUNT_BY_CODE, { code });
  if (result.kind !== 'ok') return result;
  return { kind: 'ok', discount: nodeOf(result.data.codeDiscountNodeByCode) };
}

/** Shopify's refusal of a code already in use: the create may have gone through before its answer was lost. */
export const isCodeTaken = (errors: UserError[]) =>
  errors.some(
    (error) =>
      error.code === 'TAKEN' ||
      (Array.isArray(error.field) && error.field.includes('code') && /unique/i.test(String(error.message))),
  );

/** User errors in plain words, for the code's `reason`. */
export const userErrorText = (errors: UserError[]) =>
  errors
    .map((error) => `${String(error.message ?? 'refused')}${error.code ? ` (${String(error.code)})` : ''}`)
    .join('; ')
    .slice(0, 500);
