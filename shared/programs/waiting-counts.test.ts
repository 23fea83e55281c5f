import { describe, expect, it } from 'vitest';
import { waitingDelta } from './waiting-counts.store.ts';

const member = (status: string, role = 'ambassador') => ({
  entity: 'membership',
  programId: 'p1',
  role,
  status,
});
const post = (status: string) => ({ entity: 'submission', programId: 'p1', status });
const redemption = (status: string) => ({ entity: 'redemption', programId: 'p1', status });

describe('waitingDelta', () => {
  it('adds an application or post entering review and takes one leaving it', () => {
    expect(waitingDelta({ newImage: member('pending'), oldImage: undefined })).toEqual({
      programId: 'p1',
      applications: 1,
      posts: 0,
      rewards: 0,
    });
    expect(waitingDelta({ newImage: member('approved'), oldImage: member('pending') })).toEqual({
      programId: 'p1',
      applications: -1,
      posts: 0,
      rewards: 0,
    });
    expect(waitingDelta({ newImage: post('pending'), oldImage: post('changes_requested') })).toEqual({
      programId: 'p1',
      applications: 0,
      posts: 1,
      rewards: 0,
    });
    expect(waitingDelta({ newImage: post('approved'), oldImage: post('pending') })?.posts).toBe(-1);
  });

  it('counts a redemption while it waits for a decision or to be sent', () => {
    expect(waitingDelta({ newImage: redemption('requested'), oldImage: undefined })).toEqual({
      programId: 'p1',
      applications: 0,
      posts: 0,
      rewards: 1,
    });
    // Approved is still in the queue, to be sent.
    expect(
      waitingDelta({ newImage: redemption('approved'), oldImage: redemption('requested') }),
    ).toBeUndefined();
    expect(
      waitingDelta({ newImage: redemption('fulfilled'), oldImage: redemption('approved') })?.rewards,
    ).toBe(-1);
    expect(
      waitingDelta({ newImage: redemption('rejected'), oldImage: redemption('requested') })?.rewards,
    ).toBe(-1);
    expect(
      waitingDelta({ newImage: redemption('cancelled'), oldImage: redemption('requested') })?.rewards,
    ).toBe(-1);
  });

  it('changes nothing for staff, for edits within a status, or for other items', () => {
    expect(waitingDelta({ newImage: member('pending', 'manager'), oldImage: undefined })).toBeUndefined();
    expect(waitingDelta({ newImage: member('pending'), oldImage: member('pending') })).toBeUndefined();
    expect(
      waitingDelta({ newImage: { entity: 'click', programId: 'p1' }, oldImage: undefined }),
    ).toBeUndefined();
  });
});
