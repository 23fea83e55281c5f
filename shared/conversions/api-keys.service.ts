import { conflict, notFound } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { SALES_ROLES } from '../programs/membership.schema.ts';
import type { CreateApiKey } from './api-key.schema.ts';
import { insertApiKey, listApiKeys, revokeApiKey } from './api-key.store.ts';
import { deriveSigningSecret, insertSigningSecret, revokeSigningSecret } from './signing-secret.store.ts';

/** Creates a program API key (owner or brand); the key is shown once. @throws AppError `forbidden`. */
export async function createApiKey(user: AuthUser, programId: string, input: CreateApiKey) {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
  const { id, key, name, createdAt } = await insertApiKey(programId, input.name, user.id);
  return { id, key, name, createdAt };
}

/** The program's API keys, without secrets (owner or brand). @throws AppError `forbidden`. */
export async function listProgramApiKeys(user: AuthUser, programId: string) {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
  return { items: await listApiKeys(programId) };
}

/** Revokes a key at once (owner or brand). @throws AppError `forbidden`, `not_found`. */
export async function revokeProgramApiKey(user: AuthUser, programId: string, keyId: string): Promise<void> {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
  if (!(await revokeApiKey(programId, keyId))) throw notFound('API key');
}

const MAX_ACTIVE_SIGNING_SECRETS = 2;

/**
 * Creates a signing secret (owner or brand), shown once. Two may be active at a time, so a
 * shop can switch over without a gap; revoke the old one after.
 * @throws AppError `forbidden`, `conflict` (two are active already).
 */
export async function createSigningSecret(user: AuthUser, programId: string) {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
  const record = await insertSigningSecret(programId, MAX_ACTIVE_SIGNING_SECRETS);
  if (!record) throw conflict('Two signing secrets are active; revoke the older one first');
  return { ...record, secret: await deriveSigningSecret(programId, record.id) };
}

/** Revokes a signing secret (owner or brand). @throws AppError `forbidden`, `not_found`. */
export async function revokeProgramSigningSecret(
  user: AuthUser,
  programId: string,
  secretId: string,
): Promise<void> {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
  if (!(await revokeSigningSecret(programId, secretId))) throw notFound('Signing secret');
}
