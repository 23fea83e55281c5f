import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { type RequestContext, requestContext } from '#shared/platform/request-context.ts';
import { createRunStreamHandler, type StreamChange } from './stream-handler.ts';

const record = (n: number, bad = false): DynamoDBRecord => ({
  eventID: `e${n}`,
  eventName: 'INSERT',
  dynamodb: {
    SequenceNumber: String(100 + n),
    NewImage: { entity: { S: 'click' }, n: { N: String(n) }, ...(bad ? { bad: { BOOL: true } } : {}) },
  },
});

describe('createRunStreamHandler', () => {
  it('reports a failed run from its poison record on, having handled the records before it', async () => {
    // Prepare: one run of six records; the fourth cannot be handled.
    const handled: number[] = [];
    const handler = createRunStreamHandler(
      'test',
      () => 'same',
      async (changes: StreamChange[]) => {
        if (changes.some((c) => c.newImage?.bad)) throw new Error('poison');
        handled.push(...changes.map((c) => Number(c.newImage?.n)));
      },
    );
    const records = [record(1), record(2), record(3), record(4, true), record(5), record(6)];

    // Act
    const result = await handler({ Records: records }, {} as never);

    // Assess: failures start at the poison (Lambda resumes there, and parks it after the
    // retries, not the good records before it); those before it were handled.
    expect(result.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['104', '105', '106']);
    expect(handled).toEqual([1, 2, 3]);
  });

  it('goes on when a run that failed goes through record by record (a passing fault)', async () => {
    let calls = 0;
    const handler = createRunStreamHandler(
      'test',
      () => 'same',
      async () => {
        if (++calls === 1) throw new Error('throttled');
      },
    );
    const result = await handler({ Records: [record(1), record(2)] }, {} as never);
    expect(result.batchItemFailures).toEqual([]);
    expect(calls).toBe(3);
  });

  it('handles each run in the invocation’s context, with the program when the run’s records share one', async () => {
    // Prepare: a run of two records of one program, then a run mixing two programs.
    const seen: RequestContext[] = [];
    const handler = createRunStreamHandler(
      'test',
      (change) => String(change.newImage?.run),
      async () => {
        seen.push(requestContext());
      },
    );
    const item = (n: number, run: string, programId: string): DynamoDBRecord => ({
      eventID: `e${n}`,
      eventName: 'INSERT',
      dynamodb: {
        SequenceNumber: String(100 + n),
        NewImage: { entity: { S: 'click' }, run: { S: run }, programId: { S: programId } },
      },
    });

    // Act
    await handler(
      { Records: [item(1, 'a', 'p1'), item(2, 'a', 'p1'), item(3, 'b', 'p1'), item(4, 'b', 'p2')] },
      {
        functionName: 'embassy-rollups',
        awsRequestId: 'invocation-1',
      },
    );

    // Assess
    expect(seen).toEqual([
      { requestId: 'invocation-1', functionName: 'embassy-rollups', programId: 'p1' },
      { requestId: 'invocation-1', functionName: 'embassy-rollups' },
    ]);
  });
});
