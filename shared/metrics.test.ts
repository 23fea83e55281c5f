import { describe, expect, it } from 'vitest';
import { contextFields } from './log.ts';
import { METRIC_NAMESPACE, METRICS, type MetricName, metricLine } from './metrics.ts';
import { withRequestContext } from './request-context.ts';

/** CloudWatch's units for a metric definition (the EMF specification's list). */
const UNITS = new Set(['Seconds', 'Microseconds', 'Milliseconds', 'Bytes', 'Count', 'Percent', 'None']);

/**
 * Checks a line against the Embedded Metric Format specification: a JSON object whose `_aws`
 * holds a millisecond Timestamp and metric directives, each naming a namespace, dimension sets
 * whose every dimension is a string member of the line, and metrics whose every name is a
 * number member of it. CloudWatch drops a line that breaks any of these without a word.
 * @returns the parsed line.
 */
function expectEmf(line: string): Record<string, unknown> {
  const parsed = JSON.parse(line) as Record<string, unknown>;
  const aws = parsed._aws as { Timestamp: unknown; CloudWatchMetrics: unknown };
  expect(Number.isInteger(aws.Timestamp)).toBe(true);
  expect(Math.abs(Number(aws.Timestamp) - Date.now())).toBeLessThan(60_000);
  expect(Array.isArray(aws.CloudWatchMetrics)).toBe(true);
  for (const directive of aws.CloudWatchMetrics as Array<Record<string, unknown>>) {
    expect(directive.Namespace).toMatch(/^[^:].{0,254}$/);
    const dimensionSets = directive.Dimensions as unknown[][];
    expect(Array.isArray(dimensionSets)).toBe(true);
    for (const set of dimensionSets) {
      expect(set.length).toBeLessThanOrEqual(30);
      for (const dimension of set) expect(typeof parsed[String(dimension)], String(dimension)).toBe('string');
    }
    const metrics = directive.Metrics as Array<{ Name: string; Unit?: string }>;
    expect(metrics.length).toBeGreaterThan(0);
    for (const metric of metrics) {
      expect(typeof parsed[metric.Name], metric.Name).toBe('number');
      if (metric.Unit !== undefined) expect(UNITS.has(metric.Unit), metric.Unit).toBe(true);
    }
  }
  return parsed;
}

describe('metric lines', () => {
  it('are valid EMF for every metric, a count of 1 by function, carrying the request context', () => {
    for (const name of Object.values(METRICS) as MetricName[]) {
      // Act
      const line = withRequestContext(
        { requestId: 'req-1', functionName: 'embassy-test', programId: 'prog-1' },
        () => metricLine(name, { sequenceNumber: '42' }),
      );

      // Assess
      const parsed = expectEmf(line);
      expect(parsed).toMatchObject({
        _aws: {
          CloudWatchMetrics: [
            {
              Namespace: METRIC_NAMESPACE,
              Dimensions: [['function']],
              Metrics: [{ Name: name, Unit: 'Count' }],
            },
          ],
        },
        function: 'embassy-test',
        requestId: 'req-1',
        programId: 'prog-1',
        sequenceNumber: '42',
        [name]: 1,
      });
    }
  });

  it('stay valid outside an invocation, where no function name is known: no dimension then', () => {
    const parsed = expectEmf(metricLine(METRICS.lateClicks));
    expect(parsed._aws).toMatchObject({ CloudWatchMetrics: [{ Dimensions: [[]] }] });
  });
});

describe('the request context on log lines', () => {
  it('gives the innermost program and keeps what an inner context leaves undefined', () => {
    const fields = withRequestContext({ requestId: 'req-2', functionName: 'embassy-rollups' }, () =>
      withRequestContext({ programId: 'prog-2', requestId: undefined }, contextFields),
    );
    expect(fields).toEqual({ requestId: 'req-2', function: 'embassy-rollups', programId: 'prog-2' });
    expect(contextFields()).toEqual({});
  });
});
