import { useEffect, useState } from 'preact/hooks';
import { isLocal, loadConfig } from '../../config.ts';

/** Whether the dashboard runs on the local stack, where emailed codes land in the dev outbox (false until known). */
export function useLocalStack(): boolean {
  const [local, setLocal] = useState(false);
  useEffect(() => {
    loadConfig().then(
      (config) => setLocal(isLocal(config)),
      () => undefined,
    );
  }, []);
  return local;
}
