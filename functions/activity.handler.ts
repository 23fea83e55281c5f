import { recordActivity } from '#shared/analytics/activity.store.ts';
import { type ActivityDraft, activitiesOf } from '#shared/analytics/activity.ts';
import { type ReachChange, reachChangeOf, recordReachChange } from '#shared/analytics/reach.store.ts';
import { createRunStreamHandler } from './streams/stream-handler.ts';

/** Ambassadors whose activities are folded in at the same time (each one's in order). */
const PARALLEL_AMBASSADORS = 4;

/**
 * The analytics aggregator, fed by the table's stream: turns each change into the activities
 * it stands for and records each once, folding it into the KPIs and chains. Records come in
 * runs of up to 40: repeats within a run (a day's clicks) are dropped first, then different
 * ambassadors are handled side by side, each ambassador's activities in order. A failed run is
 * retried whole; recording is idempotent per source, so nothing counts twice. Changes of posts'
 * figures (reach, views…) are added to the same counters, each once.
 */
export const handler = createRunStreamHandler(
  'activity',
  () => 'run',
  async (changes) => {
    const byAmbassador = new Map<string, Map<string, ActivityDraft>>();
    const reach: ReachChange[] = [];
    for (const change of changes) {
      const figures = reachChangeOf(change);
      if (figures) reach.push(figures);
      for (const draft of activitiesOf(change)) {
        const mine =
          byAmbassador.get(`${draft.programId}|${draft.userId}`) ?? new Map<string, ActivityDraft>();
        const seen = mine.get(draft.source);
        if (!seen || draft.at < seen.at) mine.set(draft.source, draft);
        byAmbassador.set(`${draft.programId}|${draft.userId}`, mine);
      }
    }
    const queue = [...byAmbassador.values()];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        for (const draft of next.values()) await recordActivity(draft);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_AMBASSADORS }, worker));
    // Posts' figures: each change once, in any order (they are deltas).
    for (const change of reach) await recordReachChange(change);
  },
);
