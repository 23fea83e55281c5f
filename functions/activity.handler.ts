import { type ActivityDraft, activitiesOf } from '#shared/analytics/activity.ts';
import { recordActivity } from '#shared/analytics/record-activity.ts';
import { createRunStreamHandler } from './streams/stream-handler.ts';

/**
 * The analytics aggregator, fed by the table's stream: turns each change into the activities
 * it stands for and records each once, folding it into the KPIs and chains. A run of clicks is
 * reduced first to one `clicked` per ambassador per day.
 */
export const handler = createRunStreamHandler(
  'activity',
  (change) => (change.newImage?.entity === 'click' ? 'click' : undefined),
  async (changes) => {
    const drafts = new Map<string, ActivityDraft>();
    for (const change of changes) {
      for (const draft of activitiesOf(change)) {
        const id = `${draft.programId}|${draft.userId}|${draft.source}`;
        const seen = drafts.get(id);
        if (!seen || draft.at < seen.at) drafts.set(id, draft);
      }
    }
    for (const draft of drafts.values()) await recordActivity(draft);
  },
);
