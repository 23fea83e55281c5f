import { useState } from 'preact/hooks';
import { CONTENT_SCOPES, type LibraryQuery, SCOPE_LABELS } from '../../../api/content.ts';
import { platformName } from '../../../ui/format.ts';
import { Button, SelectField, TextField } from '../../../ui/kit.tsx';
import { PLATFORMS } from '../../manager/challenges/challenges-api.ts';

/** The library's filters as the page holds them: empty means "any". */
export type LibraryFilter = {
  rights: '' | 'granted' | 'expiring' | 'none';
  scope: string;
  platform: string;
  challengeId: string;
  ambassadorId: string;
  /** The name shown on the chip of the ambassador filter. */
  ambassadorName: string;
  minReach: string;
};

export const NO_FILTER: LibraryFilter = {
  rights: '',
  scope: '',
  platform: '',
  challengeId: '',
  ambassadorId: '',
  ambassadorName: '',
  minReach: '',
};

/** The filter as the API's query (and the CSV export's), leaving out what is "any". */
export function queryOf(filter: LibraryFilter): Record<string, string> {
  const { ambassadorName: _name, ...fields } = filter;
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== '')) as Record<
    string,
    string
  >;
}

export const asLibraryQuery = (filter: LibraryFilter) => queryOf(filter) as LibraryQuery;

const RIGHTS: { value: LibraryFilter['rights']; label: string }[] = [
  { value: '', label: 'Any' },
  { value: 'granted', label: 'Granted' },
  { value: 'expiring', label: 'Ending within 30 days' },
  { value: 'none', label: 'None (never, revoked or expired)' },
];

/**
 * The filters over the library: selects apply at once; the minimum reach when the form is sent.
 * An ambassador is picked from a post (the brand cannot list ambassadors) and shows as a chip.
 */
export function LibraryFilters({
  filter,
  onFilter,
  challenges,
}: {
  filter: LibraryFilter;
  onFilter: (next: LibraryFilter) => void;
  challenges: readonly { challengeId: string; title: string }[];
}) {
  const [minReach, setMinReach] = useState(filter.minReach);
  const set = (key: keyof LibraryFilter) => (value: string) => onFilter({ ...filter, [key]: value });
  const reachError =
    minReach.trim() && !/^\d+$/.test(minReach.trim()) ? 'A whole number, 0 or more' : undefined;
  return (
    <form
      class="library-filters"
      aria-label="Filter the library"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reachError) onFilter({ ...filter, minReach: minReach.trim() });
      }}
    >
      <div class="filter-grid">
        <SelectField label="Rights" value={filter.rights} onValue={set('rights')} options={RIGHTS} />
        <SelectField
          label="Granted for"
          hint="Live grants that cover this use"
          value={filter.scope}
          onValue={set('scope')}
          options={[
            { value: '', label: 'Any use' },
            ...CONTENT_SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s] })),
          ]}
        />
        <SelectField
          label="Platform"
          value={filter.platform}
          onValue={set('platform')}
          options={[
            { value: '', label: 'Any platform' },
            ...PLATFORMS.map((p) => ({ value: p, label: platformName(p) })),
          ]}
        />
        <SelectField
          label="Challenge"
          value={filter.challengeId}
          onValue={set('challengeId')}
          options={[
            { value: '', label: 'Any challenge' },
            ...challenges.map((c) => ({ value: c.challengeId, label: c.title })),
          ]}
        />
        <TextField
          label="Minimum reach"
          type="number"
          inputMode="numeric"
          min={0}
          hint="From the post’s latest reported figures"
          value={minReach}
          onValue={setMinReach}
          onBlur={() => {
            if (!reachError && minReach.trim() !== filter.minReach)
              onFilter({ ...filter, minReach: minReach.trim() });
          }}
          error={reachError}
        />
      </div>
      <div class="actions">
        {filter.ambassadorId ? (
          <p class="chip">
            Posts by <strong>{filter.ambassadorName || 'one ambassador'}</strong>{' '}
            <Button
              variant="ghost"
              onClick={() => onFilter({ ...filter, ambassadorId: '', ambassadorName: '' })}
            >
              Show everyone’s
            </Button>
          </p>
        ) : null}
        <Button type="submit">Apply</Button>
        <Button
          variant="ghost"
          onClick={() => {
            setMinReach('');
            onFilter(NO_FILTER);
          }}
        >
          Clear filters
        </Button>
      </div>
    </form>
  );
}
