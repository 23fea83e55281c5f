import type { ComponentChildren } from 'preact';
import { Stat } from './kit.tsx';

/** Key figures side by side, each a label and its value; `figures` makes the tiles compact. */
export function Stats({
  figures,
  compact = false,
}: {
  figures: readonly (readonly [label: string, value: ComponentChildren])[];
  compact?: boolean;
}) {
  return (
    <div class={compact ? 'stats figures' : 'stats'}>
      {figures.map(([label, value]) => (
        <Stat key={label} label={label} value={value} />
      ))}
    </div>
  );
}
