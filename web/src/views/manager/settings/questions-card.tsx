import type { ComponentChildren } from 'preact';
import { t, tx } from '../../../i18n/i18n.ts';
import { Button, Card, TextField } from '../../../ui/kit.tsx';
import { useListEditor } from '../../../ui/use-list-editor.ts';
import { newQuestion, type QuestionDraft } from './question-draft.ts';
import { QuestionFields } from './question-fields.tsx';
import { idFollows, QUESTION_ID } from './readable-id.ts';
import type { SectionProps } from './settings-draft.ts';

/** Words only a screen reader reads, as the messages wrap them. */
const hidden = (words: ComponentChildren[]) => <span class="visually-hidden">{words}</span>;

const followLabel = idFollows<QuestionDraft>('label', QUESTION_ID);

/** The questions on the application form, in order, and how soon a rejected applicant may try again. */
export function QuestionsCard({ form: { draft, update, bind }, err }: SectionProps) {
  const questions = useListEditor<QuestionDraft>((change) => update('questions', change), followLabel);
  return (
    <Card
      title={t('managerSettings.section.questions')}
      actions={
        <Button variant="secondary" onClick={() => questions.add(newQuestion)}>
          {t('managerSettings.questions.add')}
        </Button>
      }
    >
      {err('questions') ? <p class="field-error">{err('questions')}</p> : null}
      {draft.questions.length === 0 ? (
        <p class="muted">{t('managerSettings.questions.none')}</p>
      ) : (
        <ol class="m-editor-list">
          {draft.questions.map((q, index) => {
            const n = index + 1;
            return (
              <li key={q.key}>
                <fieldset>
                  <legend>{t('managerSettings.questions.legend', { number: n })}</legend>
                  <div class="stack">
                    <QuestionFields
                      question={q}
                      editor={questions}
                      err={(field) => err(`questions.${index}.${field}`)}
                    />
                    <div class="actions">
                      <Button
                        variant="ghost"
                        disabled={index === 0}
                        onClick={() => questions.move(index, -1)}
                      >
                        {tx('managerSettings.questions.moveUp', { hidden, number: n })}
                      </Button>
                      <Button
                        variant="ghost"
                        disabled={index === draft.questions.length - 1}
                        onClick={() => questions.move(index, 1)}
                      >
                        {tx('managerSettings.questions.moveDown', { hidden, number: n })}
                      </Button>
                      <Button variant="ghost" onClick={() => questions.remove(q.key)}>
                        {tx('managerSettings.questions.remove', { hidden, number: n })}
                      </Button>
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <TextField
        label={t('managerSettings.questions.cooldown')}
        type="number"
        min={0}
        max={365}
        {...bind('reapplyCooldownDays')}
        error={err('reapplyCooldownDays')}
      />
    </Card>
  );
}
