import { useEffect, useState } from 'preact/hooks';
import { api, ok } from './client.ts';

const programs = api.challenges.api.programs[':programId'];

const titleCache = new Map<string, Promise<string | undefined>>();

/** Remembers challenge titles already known (from a list), so other tabs need not ask again. */
export function rememberTitles(
  programId: string,
  challenges: readonly { challengeId: string; title: string }[],
) {
  for (const c of challenges) titleCache.set(`${programId}/${c.challengeId}`, Promise.resolve(c.title));
}

/** The titles of the challenges a list of posts belongs to (each asked for once per page load). */
export function useChallengeTitles(programId: string, ids: readonly string[]): Record<string, string> {
  const [titles, setTitles] = useState<Record<string, string>>({});
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let cancelled = false;
    const unique = key ? key.split(',') : [];
    Promise.all(
      unique.map(async (challengeId) => {
        const cacheKey = `${programId}/${challengeId}`;
        let title = titleCache.get(cacheKey);
        if (!title) {
          title = ok(programs.challenges[':challengeId'].$get({ param: { programId, challengeId } })).then(
            (challenge) => challenge.title,
            () => undefined,
          );
          titleCache.set(cacheKey, title);
        }
        return [challengeId, await title] as const;
      }),
    ).then((pairs) => {
      if (cancelled) return;
      const found: Record<string, string> = {};
      for (const [id, title] of pairs) if (title) found[id] = title;
      setTitles(found);
    });
    return () => {
      cancelled = true;
    };
  }, [programId, key]);
  return titles;
}
