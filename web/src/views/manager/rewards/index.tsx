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
  { id: '', label: 'Catalogue' },
  { id: 'queue', label: 'Fulfilment' },
  { id: 'points', label: 'Adjust points' },
] as const;

/**
 * Rewards: the catalogue (`rewards`), the fulfilment queue (`rewards/queue`) and points
 * adjustments (`rewards/points`), each its own page under one heading.
 */
export function RewardsView({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const section = SECTIONS.find((s) => s.id === (ctx.rest[0] ?? '')) ?? SECTIONS[0];
  return (
    <div class="stack manager">
      <h1>Rewards</h1>
      <nav aria-label="Rewards sections" class="f-sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <Link
                href={programPath(programId, 'rewards', ...(s.id ? [s.id] : []))}
                aria-current={s === section ? 'page' : undefined}
              >
                {s.label}
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
