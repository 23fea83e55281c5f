import { forbidden, validationFailed } from '../errors.ts';
import type { Language } from '../i18n/languages.ts';
import { type AuthUser, defaultDisplayName } from '../identity/auth-user.ts';
import { newId, nowIso } from '../ids.ts';
import { defaultLadder } from './default-ladder.ts';
import { assertOwnDomains } from './own-domains.ts';
import { type CreateProgramInput, type Program, programSettingsProblem } from './program.schema.ts';
import { insertProgramWithOwner } from './program.store.ts';
import { DEFAULT_PUBLIC_PAGE } from './public-page.schema.ts';

/**
 * Creates a program; the creating admin becomes its owner. Tiers and badges left out are the
 * default ladder, named in `language` (the request's).
 * @throws AppError `forbidden` unless the caller is a platform admin; `validation_failed`
 *   (a commission rate for an unknown tier); `conflict` when the slug is taken.
 */
export async function createProgram(
  user: AuthUser,
  input: CreateProgramInput,
  language: Language = 'en',
): Promise<Program> {
  if (!user.isAdmin) throw forbidden('Only platform admins create programs');
  await assertOwnDomains(input.allowedDomains);
  const now = nowIso();
  const ladder = input.tiers && input.badges ? undefined : await defaultLadder(language);
  const program: Program = {
    programId: newId(),
    ...input,
    tiers: input.tiers ?? ladder?.tiers ?? [],
    badges: input.badges ?? ladder?.badges ?? [],
    // Set with PATCH once the program exists: its images are uploaded under its id.
    publicPage: DEFAULT_PUBLIC_PAGE,
    createdBy: user.id,
    createdAt: now,
    updatedAt: now,
  };
  const problem = programSettingsProblem(program);
  if (problem) throw validationFailed(`${problem.field}: ${problem.message}`, { field: problem.field });
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
