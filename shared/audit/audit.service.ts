import type { Page } from '../common.schema.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess, type ProgramAccess } from '../identity/program-access.ts';
import { newId, nowIso } from '../ids.ts';
import { memberNames } from '../programs/membership.store.ts';
import type { AuditEntry, AuditEntryView, AuditQuery } from './audit.schema.ts';
import { listAuditEntries } from './audit.store.ts';

/** An entry for what the caller just did in the program; write it with the change. */
export function newAuditEntry(
  access: Pick<ProgramAccess, 'user' | 'role'> & { program: { programId: string } },
  fields: Pick<AuditEntry, 'type' | 'target' | 'summary' | 'changes'>,
  at: string = nowIso(),
): AuditEntry {
  return {
    auditId: newId(),
    programId: access.program.programId,
    at,
    actorId: access.user.id,
    actorRole: access.role ?? 'none',
    ...fields,
    ...(fields.changes?.length ? { changes: fields.changes } : { changes: undefined }),
  };
}

/**
 * The fields of `fields` whose values differ between `before` and `after`, compared as JSON, for
 * a settings change's entry. A field only `after` names counts as changed from nothing.
 */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): NonNullable<AuditEntry['changes']> {
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({
      field,
      ...(before[field] !== undefined ? { before: before[field] } : {}),
      ...(after[field] !== undefined ? { after: after[field] } : {}),
    }));
}

/**
 * A program's audit log, newest first, for its owners and managers: filtered by actor, type and
 * time, one page at a time. Each entry carries its actor's current name in the program.
 * @throws AppError `forbidden`, `not_found`, `bad_request` (a foreign cursor).
 */
export async function listProgramAudit(
  user: AuthUser,
  programId: string,
  query: AuditQuery,
): Promise<Page<AuditEntryView>> {
  assertManager(await loadProgramAccess(user, programId));
  const page = await listAuditEntries(
    programId,
    {
      ...(query.actor ? { actor: query.actor } : {}),
      ...(query.type ? { type: query.type } : {}),
      ...(query.from ? { from: new Date(query.from).toISOString() } : {}),
      ...(query.to ? { to: new Date(query.to).toISOString() } : {}),
    },
    query.limit,
    query.cursor,
  );
  const names = await memberNames(programId, [...new Set(page.items.map((entry) => entry.actorId))]);
  return {
    ...page,
    items: page.items.map((entry) => {
      const actorName = names.get(entry.actorId);
      return actorName ? { ...entry, actorName } : entry;
    }),
  };
}
