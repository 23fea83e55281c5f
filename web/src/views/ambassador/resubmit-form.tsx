import { useEffect, useRef } from 'preact/hooks';
import { api, ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import type { ProgramContext } from '../../program-context.ts';
import { focusLost } from '../../ui/focus.ts';
import { ErrorNotice, Loading } from '../../ui/kit.tsx';
import { useRequest } from '../../use-request.ts';
import type { Submission } from './common.tsx';
import { PostForm } from './post-form.tsx';
import { rightsOffer } from './rights-fields.tsx';

const programs = api.challenges.api.programs[':programId'];

/**
 * The post form for a post the reviewer sent back: the challenge's requirements are read again so
 * the resubmission has the same live checks, counter and confirmation as the first submission.
 */
export function ResubmitForm({
  ctx,
  submission,
  keepsGrant,
  onSent,
  onCancel,
}: {
  ctx: ProgramContext;
  submission: Submission;
  /** A live grant stays with the new version, so the terms are not offered again. */
  keepsGrant: boolean;
  onSent: (updated: Submission) => void;
  onCancel: () => void;
}) {
  const { programId } = ctx;
  const challenge = useRequest(
    () =>
      ok(
        programs.challenges[':challengeId'].$get({
          param: { programId, challengeId: submission.challengeId },
        }),
      ),
    [programId, submission.challengeId],
  );
  const ref = useRef<HTMLDivElement>(null);
  const loaded = challenge.status !== 'loading';
  // The "Resubmit" button that opened the form is gone: its first field takes the keyboard once shown.
  useEffect(() => {
    if (loaded && focusLost()) ref.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [loaded]);
  if (!loaded) return <Loading label={t('ambassadorPosts.challenge.loading')} />;
  return (
    <div ref={ref}>
      {challenge.status === 'error' ? (
        <ErrorNotice error={challenge.error} onRetry={challenge.reload} />
      ) : null}
      <PostForm
        programId={programId}
        requirements={challenge.data?.requirements}
        initial={{ postUrl: submission.postUrl, platform: submission.platform, caption: submission.caption }}
        rights={keepsGrant ? undefined : rightsOffer(ctx.program, challenge.data?.rightsRequired)}
        submitLabel={t('ambassadorPosts.resubmit.send')}
        onCancel={onCancel}
        onSend={async (input) => {
          const updated = await ok(
            programs.submissions[':submissionId'].$put({
              param: { programId, submissionId: submission.submissionId },
              json: input,
            }),
          );
          onSent({ ...submission, ...updated });
        }}
      />
    </div>
  );
}
