import { useRef, useState } from 'preact/hooks';
import { rememberTitles } from '../../../api/challenge-titles.ts';
import { ok } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { addMonths, currentMonth, monthName } from '../../../ui/format.ts';
import { Async, Button, Empty } from '../../../ui/kit.tsx';
import { MonthPicker } from '../../../ui/month-picker.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useRequest } from '../../../use-request.ts';
import { ChallengeCard } from './challenge-card.tsx';
import { ChallengeForm } from './challenge-form.tsx';
import { type Challenge, challengesApi } from './challenges-api.ts';
import '../manager.css';

const NEW_BUTTON_ID = 'new-challenge-button';

/** The month's challenges, drafts included: create, edit and publish. */
export function ChallengesView({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const [month, setMonth] = useState(() => currentMonth(program.timeZone));
  const [editing, setEditing] = useState<string | 'new' | undefined>();
  const list = useRequest(async () => {
    // Last month's challenges too: they are the likely prerequisites of this month's.
    const [now, before] = await Promise.all([
      ok(challengesApi.$get({ param: { programId }, query: { month } })),
      ok(challengesApi.$get({ param: { programId }, query: { month: addMonths(month, -1) } })).catch(
        () => undefined,
      ),
    ]);
    // The Review tab names posts by challenge: it need not ask for these again.
    rememberTitles(programId, [...now.items, ...(before?.items ?? [])]);
    // A challenge that runs across the turn of the month is in both lists: keep it once.
    const shown = new Set(now.items.map((c) => c.challengeId));
    return { month: now, earlier: (before?.items ?? []).filter((c) => !shown.has(c.challengeId)) };
  }, [programId, month]);
  const cards = useRef<Map<string, HTMLElement>>(new Map());

  /** Puts a saved or published challenge in the list, over its old self if there. */
  const replace = (challenge: Challenge) => {
    rememberTitles(programId, [challenge]);
    list.setData((data) => {
      const exists = data.month.items.some((c) => c.challengeId === challenge.challengeId);
      return {
        ...data,
        month: {
          ...data.month,
          items: exists
            ? data.month.items.map((c) =>
                c.challengeId === challenge.challengeId ? { ...c, ...challenge } : c,
              )
            : [...data.month.items, challenge],
        },
      };
    });
  };

  /** After the editor closes: focus the challenge's card, else the "New challenge" button. */
  const focusCard = (challengeId: string | undefined) =>
    // After the list re-renders with the card.
    requestAnimationFrame(() => {
      const card = challengeId ? cards.current.get(challengeId) : undefined;
      (card ?? document.getElementById(NEW_BUTTON_ID))?.focus();
    });

  const titleOf = (id: string) =>
    [...(list.data?.month.items ?? []), ...(list.data?.earlier ?? [])].find((c) => c.challengeId === id)
      ?.title;

  return (
    <div class="stack manager">
      <div class="row">
        <h1>{t('challengesAdmin.title')}</h1>
        <Button
          id={NEW_BUTTON_ID}
          variant="primary"
          disabled={editing === 'new'}
          onClick={() => setEditing('new')}
        >
          {t('challengesAdmin.new')}
        </Button>
      </div>
      <div class="m-toolbar">
        <MonthPicker
          value={month}
          onValue={(m) => {
            setMonth(m);
            if (editing !== 'new') setEditing(undefined);
          }}
        />
      </div>
      {editing === 'new' ? (
        <ChallengeForm
          ctx={ctx}
          month={month}
          options={[...(list.data?.month.items ?? []), ...(list.data?.earlier ?? [])]}
          onCancel={() => {
            setEditing(undefined);
            focusCard(undefined);
          }}
          onSaved={(saved) => {
            setEditing(undefined);
            const here = (saved.month ?? month) === month;
            if (here) replace(saved);
            else list.reload();
            toast(t('challengesAdmin.savedDraft', { title: saved.title }));
            focusCard(here ? saved.challengeId : undefined);
          }}
        />
      ) : null}
      <Async request={list} label={t('challengesAdmin.loading')}>
        {(data) => (
          <section aria-labelledby="month-heading" class="stack">
            <h2 id="month-heading">
              {monthName(data.month.month)}{' '}
              <span class="muted small">
                {t('challengesAdmin.monthCount', { count: data.month.items.length })}
              </span>
            </h2>
            {data.month.items.length === 0 ? (
              <Empty title={t('challengesAdmin.empty', { month: monthName(data.month.month) })}>
                {t('challengesAdmin.empty.text')}
              </Empty>
            ) : (
              <ul class="grid m-challenge-grid">
                {data.month.items.map((challenge) =>
                  editing === challenge.challengeId ? (
                    <li key={challenge.challengeId} class="m-wide">
                      <ChallengeForm
                        ctx={ctx}
                        month={month}
                        challenge={challenge}
                        options={[...data.month.items, ...data.earlier]}
                        onCancel={() => {
                          setEditing(undefined);
                          focusCard(challenge.challengeId);
                        }}
                        onSaved={(saved) => {
                          setEditing(undefined);
                          replace(saved);
                          toast(t('challengesAdmin.saved', { title: saved.title }));
                          focusCard(saved.challengeId);
                        }}
                      />
                    </li>
                  ) : (
                    <li key={challenge.challengeId}>
                      <ChallengeCard
                        challenge={challenge}
                        ctx={ctx}
                        titleOf={titleOf}
                        register={(element) => {
                          if (element) cards.current.set(challenge.challengeId, element);
                          else cards.current.delete(challenge.challengeId);
                        }}
                        onEdit={() => setEditing(challenge.challengeId)}
                        onPublished={(published) => {
                          replace(published);
                          toast(t('challengesAdmin.published', { title: challenge.title }));
                          // The Publish button is gone: focus stays on the card.
                          focusCard(challenge.challengeId);
                        }}
                      />
                    </li>
                  ),
                )}
              </ul>
            )}
          </section>
        )}
      </Async>
    </div>
  );
}
