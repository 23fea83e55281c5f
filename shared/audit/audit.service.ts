import type { Page } from '../common.schema.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess, type ProgramAccess } from '../identity/program-access.ts';
import { newId, nowIso } from '../ids.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { listMembershipsOfUser, memberNames } from '../programs/membership.store.ts';
import type { AuditEntry, AuditEntryView, AuditQuery } from './audit.schema.ts';
import { listAuditEntries, putAuditEntry } from './audit.store.ts';

/** An entry for what the caller just did in the program; write it with the change. */
export function newAuditEntry(
  access: { user: { id: string }; role?: ProgramAccess['role'] | undefined; program: { programId: string } },
  fields: Pick<AuditEntry, 'type' | 'target' | 'summary' | 'changes'> & {
    auditId?: string;
    values?: AuditEntry['values'];
  },
  at: string = nowIso(),
): AuditEntry {
  return {
    auditId: fields.auditId ?? newId(),
    programId: access.program.programId,
    at,
    actorId: access.user.id,
    actorRole: access.role ?? 'none',
    ...fields,
    values: fields.values ?? {},
    ...(fields.changes?.length ? { changes: fields.changes } : { changes: undefined }),
  };
}

/**
 * The fields of `fields` whose values differ between `before` and `after`, compared as JSON, for
 * a settings change's entry. A field only `after` names counts as changed from nothing; a long value
 * is named without its value.
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
      ...(shown(before[field]) ? { before: before[field] } : {}),
      ...(shown(after[field]) ? { after: after[field] } : {}),
    }));
}

/** Values up to this long (as JSON) are kept in an entry; a longer one (a FAQ, the questions) is named only. */
const MAX_SHOWN_JSON = 500;
const shown = (value: unknown) => value !== undefined && JSON.stringify(value).length <= MAX_SHOWN_JSON;

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

/**
 * Records that `user` downloaded `filename` (a CSV, a payout file) from the program: on its own,
 * once the file is made, since a read has no transaction to join.
 */
export async function recordDownload(user: AuthUser, programId: string, filename: string): Promise<void> {
  const access = await loadProgramAccess(user, programId);
  await putAuditEntry(
    newAuditEntry(access, {
      type: 'export.downloaded',
      target: { kind: 'file', id: filename },
      summary: `Downloaded ${filename}`,
      values: { file: filename },
    }),
  );
}

/**
 * Entries for what a person did to their own account (their data's download, a change of which
 * notifications they get, a password reset): one in each program they are a member of, their
 * erased memberships aside, all at the same instant. `memberships`: theirs, when the caller has
 * read them already.
 */
export async function memberAuditEntries(
  userId: string,
  fields: Pick<AuditEntry, 'type' | 'summary' | 'changes' | 'values'>,
  memberships?: readonly Membership[],
): Promise<AuditEntry[]> {
  const at = nowIso();
  return (memberships ?? (await listMembershipsOfUser(userId)))
    .filter((m) => !m.erasedAt)
    .map((m) =>
      newAuditEntry(
        { user: { id: userId }, role: m.role, program: { programId: m.programId } },
        { ...fields, target: { kind: 'member', id: userId } },
        at,
      ),
    );
}
