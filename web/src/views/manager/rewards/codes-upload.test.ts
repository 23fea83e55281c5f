import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.ts';
import { UploadStopped, uploadCodesInBatches } from './codes-upload.ts';

/** A pool as the API keeps it: a call with a code already there adds nothing and names them. */
function pool(existing: string[] = []) {
  const codes = new Set(existing);
  const calls: number[] = [];
  const send = async (batch: string[]) => {
    calls.push(batch.length);
    const already = batch.filter((code) => codes.has(code));
    if (already.length > 0)
      throw new ApiError(409, 'conflict', 'Some codes are in this reward’s pool already', {
        codes: already.slice(0, 50),
        count: already.length,
      });
    for (const code of batch) codes.add(code);
    return { added: batch.length, left: codes.size };
  };
  return { send, calls };
}

describe('uploading codes', () => {
  it('sends a thousand a call and reports what was added and is left', async () => {
    const codes = Array.from({ length: 2100 }, (_, i) => `C${i}`);
    const { send, calls } = pool(['OLD']);
    const seen: number[] = [];
    const result = await uploadCodesInBatches(codes, send, (p) => seen.push(p.sent));
    expect(result).toMatchObject({ added: 2100, left: 2101, refused: [] });
    expect(calls).toEqual([1000, 1000, 100]);
    expect(seen).toEqual([1000, 2000, 2100]);
  });

  it('skips the codes already in the pool, even more than the 50 a refusal names, and lists them', async () => {
    const old = Array.from({ length: 120 }, (_, i) => `C${i}`);
    const codes = Array.from({ length: 200 }, (_, i) => `C${i}`);
    const result = await uploadCodesInBatches(codes, pool(old).send);
    expect(result.added).toBe(80);
    expect(result.refused).toHaveLength(120);
    expect(new Set(result.refused)).toEqual(new Set(old));
  });

  it('stops at another refusal, with what went in before it', async () => {
    let n = 0;
    const send = async (batch: string[]) => {
      if (++n === 2) throw new ApiError(403, 'forbidden', 'No longer a manager');
      return { added: batch.length, left: batch.length };
    };
    const codes = Array.from({ length: 1500 }, (_, i) => `C${i}`);
    const stopped = await uploadCodesInBatches(codes, send).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(UploadStopped);
    expect((stopped as UploadStopped).progress.added).toBe(1000);
  });
});
