import { useState } from 'preact/hooks';
import { CONTENT_SCOPES, type LibraryQuery, SCOPE_LABELS } from '../../../api/content.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
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

const RIGHTS: { value: LibraryFilter['rights']; words: MessageKey }[] = [
  { value: '', words: 'brandIntegrations.filters.rights.any' },
  { value: 'granted', words: 'brandIntegrations.filters.rights.granted' },
  { value: 'expiring', words: 'brandIntegrations.filters.rights.expiring' },
  { value: 'none', words: 'brandIntegrations.filters.rights.none' },
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
    minReach.trim() && !/^\d+$/.test(minReach.trim())
      ? t('brandIntegrations.filters.minReach.error')
      : undefined;
  return (
    <form
      class="library-filters"
      aria-label={t('brandIntegrations.filters.label')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reachError) onFilter({ ...filter, minReach: minReach.trim() });
      }}
    >
      <div class="filter-grid">
        <SelectField
          label={t('brandIntegrations.filters.rights')}
          value={filter.rights}
          onValue={set('rights')}
          options={RIGHTS.map(({ value, words }) => ({ value, label: t(words) }))}
        />
        <SelectField
          label={t('brandIntegrations.filters.scope')}
          hint={t('brandIntegrations.filters.scope.hint')}
          value={filter.scope}
          onValue={set('scope')}
          options={[
            { value: '', label: t('brandIntegrations.filters.scope.any') },
            ...CONTENT_SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s] })),
          ]}
        />
        <SelectField
          label={t('brandIntegrations.filters.platform')}
          value={filter.platform}
          onValue={set('platform')}
          options={[
            { value: '', label: t('brandIntegrations.filters.platform.any') },
            ...PLATFORMS.map((p) => ({ value: p, label: platformName(p) })),
          ]}
        />
        <SelectField
          label={t('brandIntegrations.filters.challenge')}
          value={filter.challengeId}
          onValue={set('challengeId')}
          options={[
            { value: '', label: t('brandIntegrations.filters.challenge.any') },
            ...challenges.map((c) => ({ value: c.challengeId, label: c.title })),
          ]}
        />
        <TextField
          label={t('brandIntegrations.filters.minReach')}
          type="number"
          inputMode="numeric"
          min={0}
          hint={t('brandIntegrations.filters.minReach.hint')}
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
            {tx('brandIntegrations.filters.postsBy', {
              name: filter.ambassadorName || t('brandIntegrations.filters.oneAmbassador'),
              strong: (words) => <strong>{words}</strong>,
            })}{' '}
            <Button
              variant="ghost"
              onClick={() => onFilter({ ...filter, ambassadorId: '', ambassadorName: '' })}
            >
              {t('brandIntegrations.filters.everyone')}
            </Button>
          </p>
        ) : null}
        <Button type="submit">{t('brandIntegrations.filters.apply')}</Button>
        <Button
          variant="ghost"
          onClick={() => {
            setMinReach('');
            onFilter(NO_FILTER);
          }}
        >
          {t('brandIntegrations.filters.clear')}
        </Button>
      </div>
    </form>
  );
}
