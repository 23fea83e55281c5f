import { t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { programPath } from '../../../program-context.ts';
import { Link } from '../../../router.tsx';
import { Catalogue } from './catalogue.tsx';
import { FulfilmentQueue } from './fulfilment.tsx';
import { PointsAdjust } from './points-adjust.tsx';
import '../manager.css';
import '../../../ui/rewards.css';
import './rewards.css';

const SECTIONS = [
  { id: '', key: 'rewardsAdmin.section.catalogue' },
  { id: 'queue', key: 'rewardsAdmin.section.queue' },
  { id: 'points', key: 'rewardsAdmin.section.points' },
] as const satisfies readonly { id: string; key: MessageKey }[];

/**
 * Rewards: the catalogue (`rewards`), the fulfilment queue (`rewards/queue`) and points
 * adjustments (`rewards/points`), each its own page under one heading.
 */
export function RewardsView({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const section = SECTIONS.find((s) => s.id === (ctx.rest[0] ?? '')) ?? SECTIONS[0];
  return (
    <div class="stack manager">
      <h1>{t('rewardsAdmin.title')}</h1>
      <nav aria-label={t('rewardsAdmin.sections')} class="f-sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <Link
                href={programPath(programId, 'rewards', ...(s.id ? [s.id] : []))}
                aria-current={s === section ? 'page' : undefined}
              >
                {t(s.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {section.id === 'queue' ? (
        <FulfilmentQueue programId={programId} />
      ) : section.id === 'points' ? (
        <PointsAdjust programId={programId} />
      ) : (
        <Catalogue ctx={ctx} />
      )}
    </div>
  );
}
