import { forbidden } from '../errors.ts';
import { type AuthUser, defaultDisplayName } from '../identity/auth-user.ts';
import { newId, nowIso } from '../ids.ts';
import type { CreateProgramInput, Program } from './program.schema.ts';
import { insertProgramWithOwner } from './program.store.ts';

/**
 * Creates a program; the creating admin becomes its owner.
 * @throws AppError `forbidden` unless the caller is a platform admin; `conflict` when the slug is taken.
 */
export async function createProgram(user: AuthUser, input: CreateProgramInput): Promise<Program> {
  if (!user.isAdmin) throw forbidden('Only platform admins create programs');
  const now = nowIso();
  const program: Program = {
    programId: newId(),
    ...input,
    createdBy: user.id,
    createdAt: now,
    updatedAt: now,
  };
  await insertProgramWithOwner(program, {
    programId: program.programId,
    userId: user.id,
    email: user.email,
    displayName: defaultDisplayName(user),
    role: 'owner',
    status: 'active',
    statusAt: now,
    createdAt: now,
    updatedAt: now,
  });
  return program;
}
