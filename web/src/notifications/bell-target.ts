import type { Me } from '../program-context.ts';
import { programPath } from '../program-context.ts';

/**
 * Where the bell leads: the notifications tab of the program on screen, else of the first
 * program whose tabs have one (team members, and approved ambassadors); none without one.
 */
export function bellTarget(me: Me | undefined, programId: string | undefined): string | undefined {
  const withList = (me?.memberships ?? []).filter((m) => m.role !== 'ambassador' || m.status === 'approved');
  const here = withList.find((m) => m.programId === programId) ?? withList[0];
  return here ? programPath(here.programId, 'notifications') : undefined;
}

/** The bell's count as words and digits: the API counts up to 99, so 99 means "99 or more". */
export function unreadLabel(unread: number): string {
  return unread >= 99 ? '99+' : String(unread);
}
