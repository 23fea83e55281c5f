import { ApiError } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
import { batches } from './codes-file.ts';

export type UploadProgress = { added: number; left: number | undefined; refused: string[]; sent: number };

/**
 * Uploads codes a thousand a call. A call the API refuses because some of its codes are in the
 * pool already (409, naming up to 50) is sent again without them, so the rest still go in and
 * the refused ones are listed. Any other refusal stops the upload, with what went in so far.
 * @throws UploadStopped with the progress made before the refusal.
 */
export async function uploadCodesInBatches(
  codes: readonly string[],
  send: (batch: string[]) => Promise<{ added: number; left: number }>,
  onProgress: (progress: UploadProgress) => void = () => undefined,
): Promise<UploadProgress> {
  const progress: UploadProgress = { added: 0, left: undefined, refused: [], sent: 0 };
  for (const group of batches(codes)) {
    let pending = group;
    while (pending.length > 0) {
      try {
        const result = await send(pending);
        progress.added += result.added;
        progress.left = result.left;
        break;
      } catch (error) {
        const named = alreadyInPool(error).filter((code) => pending.includes(code));
        if (named.length === 0) throw new UploadStopped(error, { ...progress });
        progress.refused.push(...named);
        const skip = new Set(named);
        pending = pending.filter((code) => !skip.has(code));
      }
    }
    progress.sent += group.length;
    onProgress({ ...progress });
  }
  return progress;
}

/**
 * The codes a 409 names as already in the pool: the refusal's details hold them as their one
 * list (up to 50), beside how many there are in all.
 */
function alreadyInPool(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.status !== 409) return [];
  const details = (error.details ?? {}) as Record<string, unknown>;
  const list = Object.values(details).find(Array.isArray) ?? [];
  return list.filter((code): code is string => typeof code === 'string');
}

/** An upload the API stopped part way: its error, and what went in before it. */
export class UploadStopped extends Error {
  constructor(
    override readonly cause: unknown,
    readonly progress: UploadProgress,
  ) {
    super(cause instanceof Error ? cause.message : t('sentences.upload.stopped'));
  }
}
