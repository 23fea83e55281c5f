import { readFileSync } from 'node:fs';

/** The parent of a process, from /proc where there is one (Linux); undefined elsewhere. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Calls `onGone` once the process that started us, or its parent, goes away. `npm start`
 * runs us under `sh` under npm, and npm exits on a lone SIGINT without passing it on: without
 * this, the runtime (and its JVM) would outlive it.
 */
export function watchAncestors(onGone: () => void, intervalMs = 500): void {
  const parent = process.ppid;
  const ancestors = [parent, parentOf(parent)].filter((pid): pid is number => pid !== undefined && pid > 1);
  const timer = setInterval(() => {
    if (process.ppid !== parent || !ancestors.every(isAlive)) {
      clearInterval(timer);
      onGone();
    }
  }, intervalMs);
  timer.unref();
}
