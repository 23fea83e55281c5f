import { useEffect, useRef } from 'preact/hooks';
import { ApiError, api, ok } from '../api/client.ts';
import { t, tx } from '../i18n/i18n.ts';
import type { Me, MyMembership, ProgramContext, Tab } from '../program-context.ts';
import { programPath } from '../program-context.ts';
import { Link } from '../router.tsx';
import { Async, Empty, Loading, Notice } from '../ui/kit.tsx';
import { useRequest } from '../use-request.ts';
import { AppBar } from './ambassador/app-bar.tsx';
import { rememberPending } from './ambassador/moments.tsx';
import { ambassadorTabs } from './ambassador/tabs.ts';
import { brandTabs } from './brand/tabs.ts';
import { managerTabs } from './manager/tabs.ts';
import { TabCount, useWaitingCounts, type WaitingByTab } from './manager/waiting-counts.tsx';
import { ProgramHeader } from './program-header.tsx';

/** The tabs a membership sees: owners run the program and see its sales too. */
export function tabsFor(membership: MyMembership): Tab[] {
  switch (membership.role) {
    case 'owner': {
      // The tabs both have (content, notifications) once each; notifications last.
      const tabs = [...managerTabs, ...brandTabs.filter((tab) => !managerTabs.some((m) => m.id === tab.id))];
      return [
        ...tabs.filter((tab) => tab.id !== 'notifications'),
        ...tabs.filter((tab) => tab.id === 'notifications'),
      ];
    }
    case 'manager':
      return managerTabs;
    case 'brand':
      return brandTabs;
    default:
      return ambassadorTabs;
  }
}

/** `/programs/{id}/{tab}/…`: one program, in the caller's role, with its navigation. */
export function ProgramShell({
  programId,
  segments,
  me,
  reloadMe,
  meReloading = false,
}: {
  programId: string;
  segments: string[];
  me: Me;
  reloadMe: () => void;
  /** True while the caller's memberships are being read again (just after joining or creating). */
  meReloading?: boolean;
}) {
  const membership = me.memberships.find((m) => m.programId === programId);
  const tabBar = useRef<HTMLElement>(null);
  const waiting = useWaitingCounts(programId, membership, segments[0]);
  // On a phone the tab bar scrolls sideways: bring the current tab into sight (sideways only).
  useEffect(() => {
    const bar = tabBar.current;
    const current = bar?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!bar || !current) return;
    if (
      current.offsetLeft < bar.scrollLeft ||
      current.offsetLeft + current.offsetWidth > bar.scrollLeft + bar.clientWidth
    )
      bar.scrollLeft = current.offsetLeft - (bar.clientWidth - current.offsetWidth) / 2;
  }, [segments[0]]);
  const program = useRequest(async () => {
    const { program: data } = await ok(
      api.programs.api.programs[':programId'].$get({ param: { programId } }),
    );
    if (!('landingUrl' in data)) throw new ApiError(403, 'forbidden', t('managerPeople.shell.forbidden'));
    return data;
  }, [programId]);
  if (!membership && meReloading) return <Loading label={t('managerPeople.shell.loadingPrograms')} />;
  if (!membership)
    return (
      <main class="page" id="main">
        <h1 class="visually-hidden">{t('managerPeople.shell.notMember')}</h1>
        <Empty title={t('managerPeople.shell.notMember.title')}>
          <Link href="/">{t('managerPeople.shell.back')}</Link>
        </Empty>
      </main>
    );
  if (membership.role === 'ambassador' && membership.status !== 'approved')
    return (
      <main class="page narrow" id="main">
        <h1>{membership.programName}</h1>
        <ApplicationStatus membership={membership} userId={me.user.id} />
      </main>
    );

  const tabs = tabsFor(membership);
  const [tabId, ...rest] = segments;
  const tab = tabs.find((t) => t.id === tabId) ?? tabs[0];
  // An ambassador on a phone gets a bottom bar instead of the tab row (CSS shows one of the two).
  const appBar = membership.role === 'ambassador';
  return (
    <div class={appBar ? 'program with-app-bar' : 'program'}>
      <ProgramHeader me={me} membership={membership} program={program.data} tab={tab?.id} tabsFor={tabsFor} />
      <nav
        class="tabs"
        aria-label={t('managerPeople.shell.sections', { program: membership.programName })}
        ref={tabBar}
      >
        <ul>
          {tabs.map((t) => (
            <li key={t.id}>
              <Link
                href={programPath(programId, t.id)}
                aria-current={t === tab ? 'page' : undefined}
                aria-describedby={waiting[t.id as keyof WaitingByTab] ? `waiting-${t.id}` : undefined}
              >
                {t.label}
                <TabCount id={`waiting-${t.id}`} count={waiting[t.id as keyof WaitingByTab]} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {appBar ? (
        <AppBar
          programId={programId}
          label={t('managerPeople.shell.sections', { program: membership.programName })}
          tabs={tabs}
          current={tab?.id}
        />
      ) : null}
      <main class="page" id="main">
        <Async request={program} label={t('managerPeople.shell.loading')}>
          {(data) => {
            if (!tab)
              return (
                <>
                  <h1>{data.name}</h1>
                  <Empty title={t('managerPeople.shell.nothingForRole')} />
                </>
              );
            const ctx: ProgramContext = {
              programId,
              program: data,
              me,
              membership,
              rest: tab.id === tabId ? rest : [],
              reloadMe,
              reloadProgram: program.reload,
            };
            return <tab.View key={tab.id} ctx={ctx} />;
          }}
        </Async>
      </main>
    </div>
  );
}

function ApplicationStatus({ membership, userId }: { membership: MyMembership; userId: string }) {
  // Seen waiting here, the first Home after approval is the approval's moment.
  useEffect(() => {
    if (membership.status === 'pending') rememberPending(membership.programId, userId);
  }, [membership.status]);
  switch (membership.status) {
    case 'pending':
      return (
        <Notice kind="info">
          <p>{tx('managerPeople.shell.pending', { strong: (words) => <strong>{words}</strong> })}</p>
        </Notice>
      );
    case 'rejected':
      return (
        <Notice kind="warning">
          <p>{t('managerPeople.shell.rejected')}</p>
        </Notice>
      );
    case 'left':
      return (
        <Notice kind="info">
          <p>
            {tx('managerPeople.shell.left', {
              link: (words) => <Link href={`/p/${membership.programSlug}`}>{words}</Link>,
            })}
          </p>
        </Notice>
      );
    case 'suspended':
      return (
        <Notice kind="warning">
          <p>{t('managerPeople.shell.suspended')}</p>
        </Notice>
      );
    default:
      return <Empty title={t('managerPeople.shell.nothing')} />;
  }
}
