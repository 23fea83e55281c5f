import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import { type Reward, rewardsApi } from '../../../api/rewards.ts';
import { Button, ErrorNotice, Notice } from '../../../ui/kit.tsx';
import { asApiError, useAction } from '../../../use-request.ts';
import { type ParsedCodes, parseCodes } from './codes-file.ts';
import { type UploadProgress, UploadStopped, uploadCodesInBatches } from './codes-upload.ts';

const SHOWN = 20;

/** A list of codes, the first few shown and the rest counted. */
function CodeList({ codes }: { codes: readonly string[] }) {
  return (
    <p class="small m-break">
      {codes.slice(0, SHOWN).map((code, i) => (
        <span key={code}>
          {i > 0 ? ', ' : ''}
          <code>{code}</code>
        </span>
      ))}
      {codes.length > SHOWN ? ` and ${(codes.length - SHOWN).toLocaleString()} more` : ''}
    </p>
  );
}

/**
 * Adds codes to a code reward's pool from a shop's export: a text file with one code a line or
 * a CSV whose first column holds them. Codes already in the pool are skipped and listed.
 */
export function CodeUpload({
  programId,
  reward,
  onUploaded,
  onClose,
}: {
  programId: string;
  reward: Reward;
  /** Codes went in: the reward's stock is now `left`. */
  onUploaded: (left: number) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [file, setFile] = useState<{ name: string; parsed: ParsedCodes } | undefined>();
  const [progress, setProgress] = useState<UploadProgress | undefined>();
  const [done, setDone] = useState<UploadProgress | undefined>();
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.querySelector<HTMLElement>('input')?.focus(), []);

  const read = useAction(async (chosen: File) => {
    setDone(undefined);
    setFile({ name: chosen.name, parsed: parseCodes(await chosen.text()) });
  });
  const upload = useAction(async (codes: string[]) => {
    setDone(undefined);
    try {
      const result = await uploadCodesInBatches(
        codes,
        (batch) =>
          ok(
            rewardsApi[':rewardId'].codes.$post({
              param: { programId, rewardId: reward.rewardId },
              json: { codes: batch },
            }),
          ),
        setProgress,
      );
      setDone(result);
      setFile(undefined);
      if (result.left !== undefined) onUploaded(result.left);
    } catch (caught) {
      if (caught instanceof UploadStopped) {
        setDone(caught.progress);
        if (caught.progress.left !== undefined) onUploaded(caught.progress.left);
        throw asApiError(caught.cause);
      }
      throw caught;
    } finally {
      setProgress(undefined);
    }
  });
  const parsed = file?.parsed;

  return (
    <section class="card f-form stack" aria-labelledby={`${id}-title`} ref={box}>
      <h2 id={`${id}-title`}>Upload codes to “{reward.title}”</h2>
      <p class="small muted">
        {(reward.stock ?? 0).toLocaleString()} codes left now. A text file with one code a line, or a CSV with
        the codes in its first column (a header line such as “code” is skipped). Each code is given to one
        ambassador, and only they see it whole.
      </p>
      <div class="field">
        <label for={`${id}-file`}>File of codes</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          disabled={upload.busy}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const chosen = input.files?.[0];
            if (chosen) void read.run(chosen);
            input.value = '';
          }}
        />
      </div>
      {read.error ? <ErrorNotice error={read.error} /> : null}
      {parsed ? (
        <div class="stack" aria-live="polite">
          <p>
            <strong>{parsed.codes.length.toLocaleString()} codes</strong> in {file?.name}
            {parsed.header ? ` (the header “${parsed.header}” skipped)` : ''}.
          </p>
          {parsed.repeated.length > 0 ? (
            <>
              <p class="small">
                {parsed.repeated.length.toLocaleString()} appear more than once and go in once:
              </p>
              <CodeList codes={parsed.repeated} />
            </>
          ) : null}
          {parsed.invalid.length > 0 ? (
            <Notice kind="warning">
              <p>
                {parsed.invalid.length.toLocaleString()} lines are not codes (a code is printable ASCII
                without spaces) and are left out:
              </p>
              <CodeList codes={parsed.invalid} />
            </Notice>
          ) : null}
        </div>
      ) : null}
      <p class="small" aria-live="polite">
        {progress && parsed
          ? `Uploading… ${progress.sent.toLocaleString()} of ${parsed.codes.length.toLocaleString()} sent.`
          : ''}
      </p>
      {done ? (
        <Notice kind={done.refused.length ? 'warning' : 'success'}>
          <p>
            <strong>{done.added.toLocaleString()} added</strong>
            {done.left !== undefined ? `, ${done.left.toLocaleString()} left in the pool` : ''}.
          </p>
          {done.refused.length > 0 ? (
            <>
              <p>{done.refused.length.toLocaleString()} were in the pool already and were not added again:</p>
              <CodeList codes={done.refused} />
            </>
          ) : null}
        </Notice>
      ) : null}
      {upload.error ? <ErrorNotice error={upload.error} /> : null}
      <div class="actions">
        <Button
          variant="primary"
          busy={upload.busy}
          disabled={!parsed || parsed.codes.length === 0}
          onClick={() => parsed && void upload.run(parsed.codes)}
        >
          {parsed ? `Upload ${parsed.codes.length.toLocaleString()} codes` : 'Upload codes'}
        </Button>
        <Button variant="ghost" disabled={upload.busy} onClick={onClose}>
          {done ? 'Done' : 'Cancel'}
        </Button>
      </div>
    </section>
  );
}
