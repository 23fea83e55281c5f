import { describe, expect, it } from 'vitest';
import { localDayAndHour, teamDigestText, weekStart } from './digests.service.ts';

describe('digest periods', () => {
  it('reads the day and hour in the program’s zone', () => {
    expect(localDayAndHour(new Date('2026-12-03T23:30:00Z'), 'Europe/Berlin')).toEqual({
      day: '2026-12-04',
      hour: 0,
    });
    expect(localDayAndHour(new Date('2026-12-03T07:00:00Z'), 'America/Los_Angeles')).toEqual({
      day: '2026-12-02',
      hour: 23,
    });
  });

  it('starts a week on Monday, UTC', () => {
    expect(weekStart(new Date('2026-12-03T10:00:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(weekStart(new Date('2026-11-30T00:00:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(weekStart(new Date('2026-12-06T23:59:59Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});

describe('teamDigestText', () => {
  const program = { programId: 'p1', name: 'Fiesta Agents' };

  it('says nothing when nothing waits', async () => {
    expect(await teamDigestText(program, { applications: 0, posts: 0 })).toBeUndefined();
  });

  it('names what waits and links to the first queue with work', async () => {
    expect(await teamDigestText(program, { applications: 1, posts: 3 })).toEqual({
      title: 'Fiesta Agents: 1 application and 3 posts waiting',
      body: 'Waiting for the team in Fiesta Agents today: 1 application to decide and 3 posts to review.',
      values: { program: 'Fiesta Agents', applications: 1, posts: 3, waiting: 'both' },
      link: '/programs/p1/applications',
    });
    expect((await teamDigestText(program, { applications: 0, posts: 1 }))?.title).toBe(
      'Fiesta Agents: 1 post waiting',
    );
    expect((await teamDigestText(program, { applications: 0, posts: 1 }))?.link).toBe('/programs/p1/review');
  });
});
