import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { notFound } from '../errors.ts';
import { db, tableName } from '../platform/db/client.ts';
import { indexCursorShape } from '../platform/db/cursor.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { batchGetAll, queryAll, queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import type { TransactItem } from '../platform/db/transact.ts';
import { type Submission, SubmissionSchema } from '../submissions/submission.schema.ts';
import type { CountedMetrics } from './figures.schema.ts';
import { type MetricsReport, MetricsReportSchema } from './metrics.schema.ts';

/** At most this many reports per post: enough to report daily for three months. */
export const MAX_REPORTS_PER_POST = 100;

/** Where a report waits for a look: flagged ones apart from plain ones; decided ones nowhere. */
function checkKeys(report: MetricsReport) {
  if (report.status !== 'reported') return {};
  return indexKeys.metricsToCheck(
    report.programId,
    report.flags.length > 0 ? 'flagged' : 'reported',
    report.reportedAt,
    report.reportId,
  );
}

function reportItem(report: MetricsReport) {
  return {
    ...keys.metricsReport(report.programId, report.submissionId, report.reportId),
    entity: ENTITY.metricsReport,
    ...report,
    ...checkKeys(report),
  };
}

/** A post with the version of its figures: each change of them raises it, and is made only at the version read. */
export type PostWithMetrics = { submission: Submission; metricsVersion: number };

export async function getPostWithMetrics(programId: string, submissionId: string): Promise<PostWithMetrics> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.submission(programId, submissionId),
      ConsistentRead: true,
    }),
  );
  if (!Item) throw notFound('Submission');
  return {
    submission: SubmissionSchema.parse(Item),
    metricsVersion: typeof Item.metricsVersion === 'number' ? Item.metricsVersion : 0,
  };
}

/** Posts by id (missing ones left out). */
export async function getPosts(programId: string, submissionIds: readonly string[]): Promise<Submission[]> {
  const items = await batchGetAll(submissionIds.map((id) => keys.submission(programId, id)));
  return items.map((item) => SubmissionSchema.parse(item));
}

/** A post's reports, oldest first (at most {@link MAX_REPORTS_PER_POST}). */
export async function listReports(programId: string, submissionId: string): Promise<MetricsReport[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.metricsReport(programId, submissionId, '').pk,
      ':prefix': keys.metricsReportPrefix(submissionId),
    },
    ConsistentRead: true,
  });
  return items.map((item) => MetricsReportSchema.parse(item));
}

/** A program's reports waiting for a look, oldest first. */
export async function listReportsToCheck(
  programId: string,
  check: 'flagged' | 'reported',
  options: { limit: number; cursor?: string | undefined },
): Promise<Page<MetricsReport>> {
  const index = ACCESS_PATTERNS.metricsToCheck;
  const partition = indexKeys.metricsToCheckPartition(programId, check);
  const page = await queryPage(
    {
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':pk': partition },
      Limit: options.limit,
    },
    options.cursor,
    indexCursorShape(index, partition, keys.metricsReport('', '', '')),
  );
  return { ...page, items: page.items.map((item) => MetricsReportSchema.parse(item)) };
}

/** A new report, once. */
export function newReportItem(report: MetricsReport): TransactItem {
  return {
    Put: { TableName: tableName, Item: reportItem(report), ConditionExpression: 'attribute_not_exists(pk)' },
  };
}

/** A report's verification, made only while it is still as read. */
export function decidedReportItem(report: MetricsReport, previous: MetricsReport): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: reportItem(report),
      ConditionExpression: '#status = :status',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': previous.status },
    },
  };
}

/**
 * Sets what an approved post counts for, at the version read: the figures, the reach bonuses
 * paid. The stream carries the change to the rollups (shared/analytics/reach.store.ts).
 */
export function postMetricsUpdate(
  post: PostWithMetrics,
  metrics: CountedMetrics | undefined,
  bonusesPaid: readonly string[],
  at: string,
): TransactItem {
  const { programId, submissionId } = post.submission;
  return {
    Update: {
      TableName: tableName,
      Key: keys.submission(programId, submissionId),
      UpdateExpression: `SET metricsVersion = :next, reachBonusesPaid = :paid, metricsAt = :at${
        metrics ? ', #metrics = :metrics' : ' REMOVE #metrics'
      }`,
      ConditionExpression:
        post.metricsVersion === 0
          ? '#status = :approved AND attribute_not_exists(metricsVersion)'
          : '#status = :approved AND metricsVersion = :version',
      ExpressionAttributeNames: { '#status': 'status', '#metrics': 'metrics' },
      ExpressionAttributeValues: {
        ':next': post.metricsVersion + 1,
        ':paid': [...bonusesPaid],
        ':at': at,
        ':approved': 'approved',
        ...(metrics ? { ':metrics': metrics } : {}),
        ...(post.metricsVersion === 0 ? {} : { ':version': post.metricsVersion }),
      },
    },
  };
}
