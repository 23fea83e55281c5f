import { useEffect, useState } from 'preact/hooks';

/** Moves the focus after the next render, once the element it goes to is on the page. */
export function useFocusLater(): (find: () => HTMLElement | null | undefined) => void {
  const [target, setTarget] = useState<{ find: () => HTMLElement | null | undefined }>();
  useEffect(() => {
    if (!target) return;
    setTarget(undefined);
    target.find()?.focus();
  }, [target]);
  return (find) => setTarget({ find });
}
