import { afterEach, describe, expect, it, vi } from 'vitest';
import { log, scrub } from './log.ts';
import { METRIC_NAMESPACE, METRICS, type MetricName } from './metrics.ts';
import { withRequestContext } from './request-context.ts';

// The tests run silent, which writes no metric either. Set before the env module reads it.
vi.hoisted(() => {
  process.env.LOG_LEVEL = 'error';
});

/** The lines `write` sends to stdout (Lambda sends stdout to the function's log group). */
function printed(write: () => void): string[] {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => lines.push(String(line)));
  write();
  return lines;
}
afterEach(() => {
  vi.restoreAllMocks();
});

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
  it('are valid EMF for every metric, a count of 1 by function, carrying the request context, at any level but silent', () => {
    for (const name of Object.values(METRICS) as MetricName[]) {
      // Act: at LOG_LEVEL=error, where an info line would not be written.
      const lines = printed(() =>
        withRequestContext({ requestId: 'req-1', functionName: 'embassy-test', programId: 'prog-1' }, () =>
          log.metric(name, { sequenceNumber: '42' }),
        ),
      );

      // Assess
      expect(lines).toHaveLength(1);
      const parsed = expectEmf(lines[0] ?? '');
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
    const [line] = printed(() => log.metric(METRICS.lateClicks));
    const parsed = expectEmf(line ?? '');
    expect(parsed._aws).toMatchObject({ CloudWatchMetrics: [{ Dimensions: [[]] }] });
  });
});

describe('log lines', () => {
  it('carry the request context, the innermost program, and what an inner context leaves undefined', () => {
    // Prepare
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => lines.push(String(line)));

    // Act
    withRequestContext({ requestId: 'req-2', functionName: 'embassy-rollups' }, () =>
      withRequestContext({ programId: 'prog-2', requestId: undefined }, () =>
        log.error('rollups: record failed', { sequenceNumber: '7' }),
      ),
    );
    log.error('outside any invocation');

    // Assess
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        level: 'error',
        time: expect.any(String),
        message: 'rollups: record failed',
        requestId: 'req-2',
        function: 'embassy-rollups',
        programId: 'prog-2',
        sequenceNumber: '7',
      },
      { level: 'error', time: expect.any(String), message: 'outside any invocation' },
    ]);
  });
});

describe('payout details in log lines', () => {
  it('are never written: their fields are redacted, and IBANs and emails in any text are masked', () => {
    // Prepare
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => lines.push(String(line)));

    // Act: as a careless caller would pass them, and as a library's error message quotes them.
    log.error('payout export failed', {
      iban: 'DE89370400440532013000',
      accountHolder: 'Anna Agent',
      paypalEmail: 'anna.agent@example.com',
      sealedDetails: 'v1.abc.def.ghi',
      error: {
        message:
          'creditorIBAN has invalid IBAN "FR14 2004 1010 0505 0001 3M02 606" for x.y+z@shop.example.org',
      },
      nested: [{ email: 'ben@example.com' }],
    });

    // Assess
    const [line = ''] = lines;
    for (const secret of [
      'DE89370400440532013000',
      'Anna Agent',
      'anna.agent@',
      'v1.abc.def.ghi',
      '2004 1010',
      'x.y+z@',
      'ben@',
    ])
      expect(line).not.toContain(secret);
    const parsed = JSON.parse(line);
    expect(parsed).toMatchObject({
      iban: '[redacted]',
      accountHolder: '[redacted]',
      paypalEmail: '[redacted]',
      sealedDetails: '[redacted]',
      nested: [{ email: '[redacted]' }],
    });
    expect(parsed.error.message).toBe(
      'creditorIBAN has invalid IBAN "FR14 **** 2606" for x***@shop.example.org',
    );
  });

  it('leaves ids, codes, times and amounts alone', () => {
    expect(
      scrub('payout 01JABCDEFGHJKMNPQRSTVWXYZ0 for ANNA-7K2Q at 2026-12-03T10:00:00.000Z: 1234 EUR'),
    ).toBe('payout 01JABCDEFGHJKMNPQRSTVWXYZ0 for ANNA-7K2Q at 2026-12-03T10:00:00.000Z: 1234 EUR');
  });
});
