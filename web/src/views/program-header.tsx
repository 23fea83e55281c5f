import { api, ok } from '../api/client.ts';
import { t, useLanguage } from '../i18n/i18n.ts';
import type { Me, MyMembership, Program, Tab } from '../program-context.ts';
import { programPath } from '../program-context.ts';
import { Link } from '../router.tsx';
import { useRequest } from '../use-request.ts';
import './program-header.css';

/** A role's name, in the reader's language. */
function roleName(role: MyMembership['role']): string {
  switch (role) {
    case 'owner':
      return t('app.role.owner');
    case 'manager':
      return t('app.role.manager');
    case 'brand':
      return t('app.role.brand');
    default:
      return t('app.role.ambassador');
  }
}

/** Memberships someone can open a program through: not the ones they left or were turned down in. */
export function switchable(memberships: readonly MyMembership[]): MyMembership[] {
  return memberships.filter((m) => m.status !== 'left' && m.status !== 'rejected');
}

/**
 * Where a membership's program opens from the tab someone is on: the same tab when the role
 * there has it, else the role's first tab.
 */
export function switchTarget(
  membership: MyMembership,
  tabs: readonly Tab[],
  tabId: string | undefined,
): string {
  const same = tabId ? tabs.find((t) => t.id === tabId) : undefined;
  return programPath(membership.programId, (same ?? tabs[0])?.id);
}

/**
 * The top of every program page: the program's name (and logo, when its public page has one)
 * and, for people in several programs, a list to move to another of them.
 */
export function ProgramHeader({
  me,
  membership,
  program,
  tab,
  tabsFor,
}: {
  me: Me;
  membership: MyMembership;
  /** The program as loaded (a rename shows at once); the membership's copy of the name until then. */
  program: Program | undefined;
  /** The tab on screen. */
  tab: string | undefined;
  tabsFor: (membership: MyMembership) => Tab[];
}) {
  useLanguage(); // A change of language draws the header again.
  const name = program?.name || membership.programName;
  const others = switchable(me.memberships).filter((m) => m.programId !== membership.programId);
  return (
    <div class="program-header">
      <div class="program-header-inner">
        <p class="program-header-name">
          {program?.publicPage.logoImageKey ? <ProgramLogo slug={program.slug} /> : null}
          <span>{name}</span>
          <span class="program-header-role">{roleName(membership.role)}</span>
        </p>
        {others.length > 0 ? (
          <details class="program-switch">
            <summary>{t('app.program.switch')}</summary>
            <ul aria-label={t('app.program.others')}>
              {others.map((m) => (
                <li key={m.programId}>
                  <Link href={switchTarget(m, tabsFor(m), tab)}>
                    {m.programName}
                    <span class="muted small"> · {roleName(m.role)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </div>
  );
}

/** The logo's thumbnail, from the public page (the member view holds only the stored key). */
function ProgramLogo({ slug }: { slug: string }) {
  const page = useRequest(
    () => ok(api.programs.api.public.programs[':slug'].$get({ param: { slug }, query: {} })),
    [slug],
  );
  const url = page.data?.page.logoUrl;
  // Beside the name, which says it all: the logo is decoration.
  return url ? <img class="program-header-logo" src={url} alt="" width={32} height={32} /> : null;
}
