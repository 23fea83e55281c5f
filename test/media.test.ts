import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler as thumbnailer } from '../functions/media.handler.ts';
import { objectCreatedEvent } from '../local/s3-events.ts';
import { thumbnailKeyFor } from '../shared/uploads/image-type.ts';
import { thumbnailUrlFor } from '../shared/uploads/proof-image.store.ts';
import { type Api, eventually, ok, services, startApi, type TestUser } from './helpers.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

/**
 * Media in the loop, through the real API, s3rver and DynamoDB Local: what an upload must be
 * (its name fits its type, its size is within the cap, its bytes are the image it claims to be),
 * and the thumbnail the real media handler makes of it, fed by s3rver's events
 * (test/global-setup.ts) as S3's notification feeds it in AWS.
 */
let api: Api;
let w: ProgramWorld;
let anna: Member;
let challengeId: string;
let manager: TestUser;

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
  manager = await w.staff('manager');
  ({ challengeId } = await w.challenge({ title: 'Show us', maxSubmissionsPerAmbassador: 20 }));
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

/**
 * A real PNG of `width` × `height` whose pixels follow a fixed pseudo-random sequence: it
 * compresses as badly as a photo does, and is the same on every run.
 */
async function noisyPng(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = 42;
  for (let i = 0; i < pixels.length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    pixels[i] = (state >> 16) & 0xff;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

/** The thumbnail's link on a submission, waited for (the thumbnailer runs after the upload). */
async function thumbnailOf(submissionId: string): Promise<string> {
  const read = () => api.call(manager, 'GET', `/api/programs/${w.programId}/submissions/${submissionId}`);
  const answer = await eventually(
    read,
    (r) => r.status === 200 && typeof r.body.thumbnailUrl === 'string',
    150,
  );
  expect(answer.body.thumbnailUrl, 'no thumbnail after waiting 15 s').toBeTypeOf('string');
  return answer.body.thumbnailUrl;
}

describe('thumbnails', () => {
  it('makes a smaller WebP of an uploaded screenshot, and shows it in review and in the gallery', async () => {
    // Prepare: a 900 × 600 PNG, uploaded as the post form does, and a post naming it.
    const original = await noisyPng(900, 600);
    const key = await w.upload(anna.user, original, { contentType: 'image/png', fileName: 'screenshot.png' });
    const submission = ok(await submit(key), 201).submission;

    // Act: the upload's event reaches the thumbnailer; the API shows the copy once it is there.
    const thumbnailUrl = await thumbnailOf(submission.submissionId);

    // Assess: a resized WebP, not the original.
    const thumbnail = Buffer.from(await (await fetch(thumbnailUrl)).arrayBuffer());
    const meta = await sharp(thumbnail).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 480, 320]);
    expect(thumbnail.length).toBeLessThan(original.length);
    expect(thumbnailUrl).not.toContain(key);

    const queue = ok(
      await api.call(manager, 'GET', `/api/programs/${w.programId}/submissions?status=pending`),
    );
    const queued = queue.items.find(
      (item: { submissionId: string }) => item.submissionId === submission.submissionId,
    );
    expect(queued).toMatchObject({
      proofImageKey: key,
      proofImageUrl: expect.any(String),
      thumbnailUrl: expect.any(String),
    });

    ok(
      await api.call(
        manager,
        'POST',
        `/api/programs/${w.programId}/submissions/${submission.submissionId}/review`,
        {
          decision: 'approve',
          version: submission.version,
        },
      ),
    );
    const gallery = ok(await api.call(anna.user, 'GET', `/api/programs/${w.programId}/gallery`));
    const shown = gallery.items.find(
      (item: { submissionId: string }) => item.submissionId === submission.submissionId,
    );
    expect(shown.thumbnailUrl).toEqual(expect.any(String));
    // The gallery shows the copy only: neither the original's key nor its link.
    expect(shown).not.toHaveProperty('proofImageKey');
    expect(shown).not.toHaveProperty('proofImageUrl');
    const fromGallery = await sharp(
      Buffer.from(await (await fetch(shown.thumbnailUrl)).arrayBuffer()),
    ).metadata();
    expect(fromGallery.width).toBe(480);
    // The brand's content library shows the same copy.
    const library = ok(await api.call(manager, 'GET', `/api/programs/${w.programId}/content`));
    const inLibrary = library.items.find(
      (item: { submissionId: string }) => item.submissionId === submission.submissionId,
    );
    const fromLibrary = await sharp(
      Buffer.from(await (await fetch(inLibrary.thumbnailUrl)).arrayBuffer()),
    ).metadata();
    expect([fromLibrary.format, fromLibrary.width]).toEqual(['webp', 480]);
  });

  it('keeps a small image at its own size and turns a JPEG into a WebP', async () => {
    const jpeg = await sharp(await noisyPng(300, 200))
      .jpeg()
      .toBuffer();
    const key = await w.upload(anna.user, jpeg, { contentType: 'image/jpeg', fileName: 'photo.JPG' });

    // Act: the handler itself, awaited, with the event S3 would send.
    await thumbnailer(objectCreatedEvent(services().mediaBucket, key, jpeg.length));

    const url = await thumbnailUrlFor(key);
    expect(url).toBeTypeOf('string');
    const meta = await sharp(Buffer.from(await (await fetch(url as string)).arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 300, 200]);
    expect(thumbnailKeyFor(key)).toMatch(/^thumbs\/.*\.webp$/);
  });

  it('makes none of a text file sent as image/png, nor of a PNG that only starts like one, and the API shows none', async () => {
    const text = Buffer.from('just some notes, not a picture at all\n');
    const textKey = await w.upload(anna.user, text, { contentType: 'image/png' });
    // The PNG signature and nothing after it: it passes the first-bytes check, and cannot be decoded.
    const broken = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const brokenKey = await w.upload(anna.user, broken, { contentType: 'image/png' });

    // Act: the handler itself, awaited: after it, no thumbnail will come.
    await thumbnailer(objectCreatedEvent(services().mediaBucket, textKey, text.length));
    await thumbnailer(objectCreatedEvent(services().mediaBucket, brokenKey, broken.length));

    expect(await thumbnailUrlFor(textKey)).toBeUndefined();
    expect(await thumbnailUrlFor(brokenKey)).toBeUndefined();
    // The broken one can be named (its first bytes are a PNG's); the API then gives the original's
    // link and no thumbnail, rather than the original in the thumbnail's place.
    const submission = ok(await submit(brokenKey), 201).submission;
    const seen = ok(
      await api.call(manager, 'GET', `/api/programs/${w.programId}/submissions/${submission.submissionId}`),
    );
    expect(seen.proofImageUrl).toEqual(expect.any(String));
    expect(seen).not.toHaveProperty('thumbnailUrl');
  });
});
