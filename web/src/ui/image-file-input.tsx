import { IMAGE_TYPES } from '../api/uploads.ts';

/**
 * The file picker for one image (avatar, proof, reward picture): it accepts the types the upload
 * takes, points at its hint (`{id}-hint`) and, when there is one, its error (`{id}-error`), and
 * clears itself after each pick so the same file can be picked again.
 */
export function ImageFileInput({
  id,
  problem,
  busy,
  onFile,
}: {
  id: string;
  problem?: string;
  busy: boolean;
  onFile: (file: File) => void;
}) {
  return (
    <input
      id={id}
      type="file"
      accept={IMAGE_TYPES.join(',')}
      aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
      aria-invalid={problem ? true : undefined}
      disabled={busy}
      onChange={(e) => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        if (file) onFile(file);
        input.value = '';
      }}
    />
  );
}
