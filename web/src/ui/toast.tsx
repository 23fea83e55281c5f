import { useEffect, useState } from 'preact/hooks';

type Toast = { id: number; message: string; kind: 'success' | 'error' };
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<(list: Toast[]) => void>();

function publish(list: Toast[]): void {
  toasts = list;
  for (const listener of listeners) listener(list);
}

/** Says that something worked (or failed) where the person is not looking: a polite live region. */
export function toast(message: string, kind: Toast['kind'] = 'success'): void {
  const id = nextId++;
  publish([...toasts, { id, message, kind }]);
  setTimeout(() => publish(toasts.filter((t) => t.id !== id)), 4000);
}

export function Toasts() {
  const [list, setList] = useState(toasts);
  useEffect(() => {
    listeners.add(setList);
    return () => listeners.delete(setList);
  }, []);
  return (
    <div class="toasts" aria-live="polite">
      {list.map((t) => (
        <p key={t.id} class={`toast ${t.kind}`}>
          {t.message}
        </p>
      ))}
    </div>
  );
}
