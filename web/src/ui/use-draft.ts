import { useState } from 'preact/hooks';
import { type TextKey, withField } from './draft.ts';

export type DraftState<D extends object> = {
  draft: D;
  set: <K extends keyof D>(key: K, value: D[K]) => void;
  /** Changes a field from its latest value, not the one a click captured. */
  update: <K extends keyof D>(key: K, change: (current: D[K]) => D[K]) => void;
  /** A text field's `value` and `onValue`, bound to a field of the draft. */
  bind: (key: TextKey<D>) => { value: string; onValue: (value: string) => void };
  /** Starts again from these values: after a save, or to undo the edits. */
  reset: (draft: D) => void;
};

/**
 * The app's one form-state style: a form with several fields keeps them in one draft object,
 * built from what was loaded and turned into the request body by plain functions beside the
 * form (a lone field may keep its own `useState`).
 */
export function useDraft<D extends object>(initial: () => D): DraftState<D> {
  const [draft, setDraft] = useState<D>(initial);
  const set = <K extends keyof D>(key: K, value: D[K]) =>
    setDraft((current) => withField(current, key, value));
  return {
    draft,
    set,
    update: (key, change) => setDraft((current) => withField(current, key, change(current[key]))),
    bind: (key) => ({
      value: draft[key] as string,
      onValue: (value) => set(key, value as D[typeof key]),
    }),
    reset: (next) => setDraft(next),
  };
}
