import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { programPath } from '../../../program-context.ts';
import { Link } from '../../../router.tsx';
import { AuditCard } from '../team/audit-card.tsx';
import { MembersCard } from '../team/members-card.tsx';
import { SectionForm } from './section-form.tsx';
import { SETTINGS_SECTIONS, type SettingsSection, sectionAt } from './sections.ts';
import { TeamCard } from './team-card.tsx';
import '../manager.css';
import './settings.css';

/**
 * Settings in sections, each at its own address (`settings/{section}`) with its own save: the
 * program's own (program, questions, tiers, badges, commission, attribution, terms, content
 * rights), the team and the audit log. The bare `settings` is the list of sections on a phone,
 * and the first section beside the list on a wider screen.
 */
export function SettingsView({ ctx }: { ctx: ProgramContext }) {
  const chosen = sectionAt(ctx.rest);
  const shown = chosen ?? SETTINGS_SECTIONS[0];
  return (
    <div class={`stack manager m-settings${chosen ? ' m-settings-open' : ' m-settings-bare'}`}>
      <h1>{t('managerSettings.title')}</h1>
      <div class="m-settings-layout">
        <SectionList ctx={ctx} current={chosen ? shown : undefined} />
        <div class="m-settings-section">
          {chosen ? (
            <p class="m-settings-back">
              <Link href={programPath(ctx.programId, 'settings')}>
                <span aria-hidden="true">← </span>
                {t('managerSettings.allSettings')}
              </Link>
            </p>
          ) : null}
          <Section key={shown.id} ctx={ctx} section={shown} />
        </div>
      </div>
    </div>
  );
}

function SectionList({ ctx, current }: { ctx: ProgramContext; current: SettingsSection | undefined }) {
  return (
    <nav class="m-settings-list" aria-label={t('managerSettings.sections')}>
      <ul>
        {SETTINGS_SECTIONS.map((s) => (
          <li key={s.id}>
            <Link
              href={programPath(ctx.programId, 'settings', s.id)}
              aria-current={s === current ? 'page' : undefined}
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Section({ ctx, section }: { ctx: ProgramContext; section: SettingsSection }) {
  switch (section.id) {
    case 'team':
      return <TeamSection ctx={ctx} />;
    case 'audit':
      return <AuditCard ctx={ctx} />;
    default:
      return <SectionForm ctx={ctx} section={section.id} />;
  }
}

/** Invitations and the members, who show a new invitation as soon as it is sent. */
function TeamSection({ ctx }: { ctx: ProgramContext }) {
  const [teamVersion, setTeamVersion] = useState(0);
  return (
    <div class="stack">
      <TeamCard ctx={ctx} onInvited={() => setTeamVersion((v) => v + 1)} />
      <MembersCard ctx={ctx} version={teamVersion} />
    </div>
  );
}
