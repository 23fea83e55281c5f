import { z } from 'zod';
import { conflict, forbidden, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess, type ProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { countClicks } from './count-click.ts';
import { safeDestination } from './redirect-rules.ts';
import { insertTrackedLink, listTrackedLinks, type TrackedLink } from './referral-code.store.ts';

export const CreateLinkSchema = z
  .strictObject({
    /** An https page on the program's landing host or one of its allowed domains. */
    destination: z.string().trim().min(1).max(2048),
    slug: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, 'A slug is 1–40 lower-case letters, digits and dashes')
      .optional(),
  })
  .meta({ id: 'CreateLink' });

function ambassadorCode(access: ProgramAccess): string {
  const code = access.membership?.referralCode;
  if (access.role !== 'ambassador' || !code) throw forbidden('Only approved ambassadors have referral links');
  return code;
}

const randomSlug = () =>
  Array.from(
    crypto.getRandomValues(new Uint8Array(6)),
    (b) => 'abcdefghjkmnpqrstuvwxyz23456789'[b % 31],
  ).join('');

/**
 * Creates a tracked link `/r/{code}/{slug}` to another page the brand allows. Anything else
 * is refused: no open redirect, whatever the input.
 * @throws AppError `forbidden`, `validation_failed` (destination), `conflict` (slug taken).
 */
export async function createLink(
  user: AuthUser,
  programId: string,
  input: z.infer<typeof CreateLinkSchema>,
): Promise<TrackedLink & { url: string }> {
  const access = await loadProgramAccess(user, programId);
  const code = ambassadorCode(access);
  const destination = safeDestination(
    input.destination,
    access.program.landingUrl,
    access.program.allowedDomains,
  );
  if (!destination) {
    const hosts = [new URL(access.program.landingUrl).hostname, ...access.program.allowedDomains].join(', ');
    throw validationFailed(`destination: links may lead only to https pages on ${hosts}`, {
      field: 'destination',
    });
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const link: TrackedLink = {
      code,
      slug: input.slug ?? randomSlug(),
      destination: destination.toString(),
      createdAt: nowIso(),
    };
    if (await insertTrackedLink(link)) return { ...link, url: `/r/${code}/${link.slug}` };
    if (input.slug) throw conflict(`You already have a link called "${input.slug}"`, { field: 'slug' });
  }
  throw conflict('Could not find a free slug; name one');
}

/** The caller's referral link, tracked links and counted clicks. @throws AppError `forbidden`. */
export async function listLinks(user: AuthUser, programId: string) {
  const code = ambassadorCode(await loadProgramAccess(user, programId));
  const [links, clicks] = await Promise.all([listTrackedLinks(code), countClicks(programId, code)]);
  return {
    code,
    referralUrl: `/r/${code}`,
    links: links.map((link) => ({ ...link, url: `/r/${code}/${link.slug}` })),
    clicks,
  };
}
