import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import { type Reward, rewardsApi } from '../../../api/rewards.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import { Button, ErrorNotice, Notice } from '../../../ui/kit.tsx';
import { asApiError, useAction } from '../../../use-request.ts';
import { type ParsedCodes, parseCodes } from './codes-file.ts';
import { type UploadProgress, UploadStopped, uploadCodesInBatches } from './codes-upload.ts';

const SHOWN = 20;

const strong = (words: ComponentChildren[]) => <strong>{words}</strong>;

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
      {codes.length > SHOWN ? ` ${t('rewardsAdmin.codes.more', { count: codes.length - SHOWN })}` : ''}
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
      <h2 id={`${id}-title`}>{t('rewardsAdmin.codes.title', { title: reward.title })}</h2>
      <p class="small muted">{t('rewardsAdmin.codes.intro', { count: reward.stock ?? 0 })}</p>
      <div class="field">
        <label for={`${id}-file`}>{t('rewardsAdmin.codes.file')}</label>
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
            {parsed.header
              ? tx('rewardsAdmin.codes.parsedHeader', {
                  count: parsed.codes.length,
                  file: file?.name ?? '',
                  header: parsed.header,
                  strong,
                })
              : tx('rewardsAdmin.codes.parsed', {
                  count: parsed.codes.length,
                  file: file?.name ?? '',
                  strong,
                })}
          </p>
          {parsed.repeated.length > 0 ? (
            <>
              <p class="small">{t('rewardsAdmin.codes.repeated', { count: parsed.repeated.length })}</p>
              <CodeList codes={parsed.repeated} />
            </>
          ) : null}
          {parsed.invalid.length > 0 ? (
            <Notice kind="warning">
              <p>{t('rewardsAdmin.codes.invalid', { count: parsed.invalid.length })}</p>
              <CodeList codes={parsed.invalid} />
            </Notice>
          ) : null}
        </div>
      ) : null}
      <p class="small" aria-live="polite">
        {progress && parsed
          ? t('rewardsAdmin.codes.uploading', { sent: progress.sent, total: parsed.codes.length })
          : ''}
      </p>
      {done ? (
        <Notice kind={done.refused.length ? 'warning' : 'success'}>
          <p>
            {done.left !== undefined
              ? tx('rewardsAdmin.codes.addedLeft', { added: done.added, left: done.left, strong })
              : tx('rewardsAdmin.codes.added', { added: done.added, strong })}
          </p>
          {done.refused.length > 0 ? (
            <>
              <p>{t('rewardsAdmin.codes.refused', { count: done.refused.length })}</p>
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
          {parsed
            ? t('rewardsAdmin.codes.uploadCount', { count: parsed.codes.length })
            : t('rewardsAdmin.codes.upload')}
        </Button>
        <Button variant="ghost" disabled={upload.busy} onClick={onClose}>
          {t(done ? 'rewardsAdmin.codes.done' : 'rewardsAdmin.cancel')}
        </Button>
      </div>
    </section>
  );
}
