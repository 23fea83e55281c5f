import { useEffect, useId, useState } from 'preact/hooks';
import { uploadImage } from '../../../api/uploads.ts';
import { t } from '../../../i18n/i18n.ts';
import { ImageFileInput } from '../../../ui/image-file-input.tsx';
import { Button } from '../../../ui/kit.tsx';
import { useAction } from '../../../use-request.ts';

/**
 * The reward's picture: uploaded as proof images are (a presigned PUT), kept as its key, shown
 * from the file chosen or the reward's own link. Removing it clears the key.
 */
export function ImageField({
  programId,
  imageKey,
  imageUrl,
  error,
  onKey,
}: {
  programId: string;
  imageKey: string;
  /** The saved reward's short-lived link, while its own image is kept. */
  imageUrl: string | undefined;
  error: string | undefined;
  onKey: (key: string) => void;
}) {
  const id = useId();
  const [preview, setPreview] = useState<string | undefined>();
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);
  const upload = useAction(async (file: File) => {
    const key = await uploadImage(programId, file);
    setPreview(URL.createObjectURL(file));
    onKey(key);
  });
  const shown = imageKey ? (preview ?? imageUrl) : undefined;
  const problem =
    upload.error?.status === 403 ? t('rewardsAdmin.image.forbidden') : (upload.error?.message ?? error);
  return (
    <div class={`field${problem ? ' invalid' : ''}`}>
      <label for={id}>{t('rewardsAdmin.image.label')}</label>
      {shown ? <img class="f-image-preview" src={shown} alt={t('rewardsAdmin.image.alt')} /> : null}
      <ImageFileInput id={id} problem={problem} busy={upload.busy} onFile={(file) => void upload.run(file)} />
      <p class="hint" id={`${id}-hint`}>
        {t(upload.busy ? 'rewardsAdmin.image.uploading' : 'rewardsAdmin.image.hint')}
      </p>
      {problem ? (
        <p class="field-error" id={`${id}-error`}>
          {problem}
        </p>
      ) : null}
      {imageKey ? (
        <div class="actions">
          <Button variant="ghost" onClick={() => onKey('')}>
            {t('rewardsAdmin.image.remove')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
