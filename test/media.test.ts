import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, ok, startApi, type TestUser } from './helpers.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

/**
 * Media in the loop, through the real API, s3rver and DynamoDB Local: what an upload must be
 * (its name fits its type, its size is within the cap, its bytes are the image it claims to be).
 */
let api: Api;
let w: ProgramWorld;
let anna: Member;
let challengeId: string;

/** A real 1×1 PNG. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const presign = (user: TestUser, body: Record<string, unknown>) =>
  api.call(user, 'POST', `/api/programs/${w.programId}/uploads`, body);
const submit = (proofImageKey: string) =>
  api.call(anna.user, 'POST', `/api/programs/${w.programId}/challenges/${challengeId}/submissions`, {
    postUrl: `https://www.instagram.com/p/MEDIA${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}/`,
    platform: 'instagram',
    caption: 'Out now #ad',
    proofImageKey,
  });

beforeAll(async () => {
  api = await startApi();
  w = await world(api).program();
  anna = await w.ambassador('anna');
  ({ challengeId } = await w.challenge({ title: 'Show us' }));
});
afterAll(() => api.close());

describe('uploads are what they say they are', () => {
  it('refuses a file whose name is not the declared type, naming the field', async () => {
    // Prepare, Act
    const exe = await presign(anna.user, { contentType: 'image/png', size: 2048, fileName: 'holiday.exe' });
    const jpegName = await presign(anna.user, { contentType: 'image/png', size: 2048, fileName: 'a.jpg' });

    // Assess
    expect(exe.status).toBe(422);
    expect(exe.body.error).toMatchObject({
      code: 'validation_failed',
      message: 'fileName: a .exe file is not a PNG image; a PNG ends in .png',
      details: { field: 'fileName' },
    });
    expect(jpegName.status).toBe(422);
    expect(jpegName.body.error.message).toMatch(/^fileName: a \.jpg file is not a PNG image/);
  });

  it('takes names whose extension fits the type, in any case', async () => {
    for (const [contentType, fileName] of [
      ['image/png', 'image.PNG'],
      ['image/jpeg', 'photo.jpeg'],
      ['image/jpeg', 'IMG_0042.JPG'],
      ['image/webp', 'screen shot.webp'],
    ]) {
      const answer = await presign(anna.user, { contentType, size: 2048, fileName });
      expect(answer.status, `${fileName} as ${contentType}: ${JSON.stringify(answer.body)}`).toBe(201);
    }
  });

  it('refuses a 30 MB file before anything is uploaded, saying how big it is and what the cap is', async () => {
    const answer = await presign(anna.user, {
      contentType: 'image/png',
      size: 30 * 1024 * 1024,
      fileName: 'huge.png',
    });

    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe('validation_failed');
    expect(answer.body.error.message).toBe('size: The image is 30 MB; an image may be at most 5 MB');
  });

  it('refuses a text file sent as image/png once it is named in a submission', async () => {
    // Prepare: the presign and the PUT cannot see the bytes; the first use of the key does.
    const text = Buffer.from('just some notes, not a picture at all\n');
    const key = await w.upload(anna.user, text, { contentType: 'image/png', fileName: 'notes.png' });

    // Act
    const answer = await submit(key);

    // Assess
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({
      code: 'validation_failed',
      message:
        "proofImageKey: the file is not a PNG image (its first bytes are not an image's); choose the image itself and upload it again",
      details: { field: 'proofImageKey' },
    });
  });

  it('refuses a JPEG sent as a PNG, saying what it is', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    const key = await w.upload(anna.user, jpeg, { contentType: 'image/png' });

    const answer = await submit(key);

    expect(answer.status).toBe(422);
    expect(answer.body.error.message).toBe(
      'proofImageKey: the file is a JPEG image, not the PNG it was sent as; upload it again as image/jpeg',
    );
  });

  it('takes a real PNG', async () => {
    const key = await w.upload(anna.user, TINY_PNG, { contentType: 'image/png', fileName: 'proof.png' });

    const submission = ok(await submit(key), 201).submission;

    expect(submission.proofImageKey).toBe(key);
  });
});
