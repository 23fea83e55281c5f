import { useId } from 'preact/hooks';
import { uploadImage } from '../../api/uploads.ts';
import { t } from '../../i18n/i18n.ts';
import { ImageFileInput } from '../../ui/image-file-input.tsx';
import { Button } from '../../ui/kit.tsx';
import { useAction } from '../../use-request.ts';

/** The API's message for the person: without the field it names (`proofImageKey: …`), as a sentence. */
function sentence(message: string | undefined): string | undefined {
  const plain = message?.replace(/^(proofImageKey|fileName|size): /, '');
  return plain ? plain.charAt(0).toUpperCase() + plain.slice(1) : undefined;
}

/** An uploaded proof: the key the submission names, and the file's name to show. */
export type Proof = { key: string; name: string };

/**
 * A screenshot or photo of the post, uploaded straight to storage as soon as it is chosen (a
 * presigned PUT); the post then names its key. A refused file (type, size, or bytes that are no
 * image) says why, here, next to the field.
 */
export function ProofField({
  programId,
  proof,
  error,
  onProof,
}: {
  programId: string;
  proof: Proof | undefined;
  /** The API's word on the uploaded file, once the post was sent with it. */
  error: string | undefined;
  onProof: (proof: Proof | undefined) => void;
}) {
  const id = useId();
  const upload = useAction(async (file: File) => {
    onProof(undefined);
    onProof({ key: await uploadImage(programId, file), name: file.name });
  });
  const problem = sentence(upload.error?.message ?? error);
  return (
    <div class={`field proof-field${problem ? ' invalid' : ''}`}>
      <label for={id}>{t('ambassadorPosts.proof.label')}</label>
      <ImageFileInput id={id} problem={problem} busy={upload.busy} onFile={(file) => void upload.run(file)} />
      <p class="hint" id={`${id}-hint`} aria-live="polite">
        {upload.busy
          ? t('ambassadorPosts.proof.uploading')
          : proof
            ? t('ambassadorPosts.proof.attached', { name: proof.name })
            : t('ambassadorPosts.proof.hint')}
      </p>
      {problem ? (
        <p class="field-error" id={`${id}-error`}>
          {problem}
        </p>
      ) : null}
      {proof && !upload.busy ? (
        <div class="actions">
          <Button variant="ghost" onClick={() => onProof(undefined)}>
            {t('ambassadorPosts.proof.remove', { name: proof.name })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
