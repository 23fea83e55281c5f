import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler as thumbnailer } from '../functions/media.handler.ts';
import { objectCreatedEvent } from '../local/s3-events.ts';
import { getPublicProgram } from '../shared/programs/get-public-program.service.ts';
import { type Api, ok, services, startApi, type TestUser } from './helpers.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

/**
 * The program's public page (issue 17 §5), through the real API, s3rver and DynamoDB Local: the
 * manager sets its logo, hero image, tagline, perks and FAQ in the settings; anyone reads it with
 * the program's published challenges as samples, images as their thumbnails' links.
 */
let api: Api;
let w: ProgramWorld;
let manager: TestUser;
let anna: Member;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

/** A real PNG of the given size, in one colour. */
const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 60 } } })
    .png()
    .toBuffer();

/** Uploads as the dashboard does and runs the thumbnailer on it, as S3's notification would. */
async function uploadImage(user: TestUser, bytes: Buffer): Promise<string> {
  const key = await w.upload(user, bytes, { contentType: 'image/png', fileName: 'image.png' });
  await thumbnailer(objectCreatedEvent(services().mediaBucket, key, bytes.length));
  return key;
}

const patch = (user: TestUser, body: unknown) =>
  api.call(user, 'PATCH', `/api/programs/${w.programId}`, body);
const publicPage = async () => ok(await api.call(undefined, 'GET', `/api/public/programs/${w.slug}`));

const PERKS = [
  { title: 'Early access', text: 'New models a month before launch.' },
  { title: 'Commission', text: '10 % of every sale your link brings.' },
];
const FAQ = [
  { question: 'Do I need many followers?', answer: 'No. We look for people who love the car.' },
  { question: 'Is it paid?', answer: 'Yes: commission on sales, paid monthly.' },
];

beforeAll(async () => {
  api = await startApi();
  w = await world(api).program({ termsUrl: 'https://example.com/terms' });
  manager = await w.staff('manager');
  anna = await w.ambassador('anna');
});
afterAll(() => api.close());

describe('the public page', () => {
  it('shows what the manager set: tagline, perks, FAQ, logo and hero as thumbnail links, never the keys', async () => {
    // Prepare
    const logoImageKey = await uploadImage(manager, await png(800, 800));
    const heroImageKey = await uploadImage(manager, await png(1600, 600));

    // Act
    const saved = ok(
      await patch(manager, {
        publicPage: {
          tagline: '  Drive it first. Tell everyone.  ',
          logoImageKey,
          heroImageKey,
          perks: PERKS,
          faq: FAQ,
          sampleChallenges: 2,
        },
      }),
    );
    const { program, page } = await publicPage();

    // Assess: the settings as saved (trimmed), and the page as anyone sees it.
    expect(saved.publicPage).toEqual({
      tagline: 'Drive it first. Tell everyone.',
      logoImageKey,
      heroImageKey,
      perks: PERKS,
      faq: FAQ,
      sampleChallenges: 2,
    });
    expect(program).toMatchObject({ programId: w.programId, termsUrl: 'https://example.com/terms' });
    expect(page).toMatchObject({ tagline: 'Drive it first. Tell everyone.', perks: PERKS, faq: FAQ });
    const text = JSON.stringify({ program, page });
    expect(text).not.toContain(logoImageKey);
    expect(text).not.toContain(heroImageKey);
    const hero = await sharp(Buffer.from(await (await fetch(page.heroImageUrl)).arrayBuffer())).metadata();
    expect([hero.format, hero.width, hero.height]).toEqual(['webp', 480, 180]);
    const logo = await sharp(Buffer.from(await (await fetch(page.logoUrl)).arrayBuffer())).metadata();
    expect([logo.format, logo.width]).toEqual(['webp', 480]);
  });

  it('samples the published challenges open now and next, never drafts, at most as many as set', async () => {
    // Prepare: one open, two coming, one draft.
    await w.challenge({
      title: 'Open now',
      brief: 'Film a drive. '.repeat(40),
      opensAt: at(-HOUR),
      closesAt: at(DAY),
    });
    await w.challenge({ title: 'Next week', opensAt: at(7 * DAY), closesAt: at(14 * DAY) });
    await w.challenge({ title: 'Next month', opensAt: at(30 * DAY), closesAt: at(40 * DAY) });
    ok(
      await api.call(manager, 'POST', `/api/programs/${w.programId}/challenges`, {
        title: 'Secret draft',
        opensAt: at(-HOUR),
        closesAt: at(DAY),
      }),
      201,
    );

    // Act
    const { page } = await publicPage();

    // Assess: open first, then the next to open; the brief shortened; what it earns.
    expect(page.challenges.map((c: { title: string; status: string }) => [c.title, c.status])).toEqual([
      ['Open now', 'open'],
      ['Next week', 'scheduled'],
    ]);
    const [open] = page.challenges;
    expect(open.brief.length).toBeLessThanOrEqual(300);
    expect(open.brief.endsWith('…')).toBe(true);
    expect(open).toMatchObject({ points: 100, opensAt: expect.any(String), closesAt: expect.any(String) });
    expect(Object.keys(open).sort()).toEqual(['brief', 'closesAt', 'opensAt', 'points', 'status', 'title']);

    // Fifty days on, all have closed: the page shows the latest that closed.
    const later = await getPublicProgram(w.slug, undefined, new Date(Date.now() + 50 * DAY));
    expect(later.page.challenges.map((c) => [c.title, c.status])).toEqual([
      ['Next month', 'closed'],
      ['Next week', 'closed'],
    ]);
  });

  it('shows no challenges when set to 0, and keeps the images when other settings change', async () => {
    const before = (await publicPage()).page;
    const current = ok(await api.call(manager, 'GET', `/api/programs/${w.programId}`)).program;
    ok(await patch(manager, { publicPage: { ...current.publicPage, sampleChallenges: 0 } }));
    ok(await patch(manager, { description: 'Fiesta Agents drive first.' }));
    const { page } = await publicPage();
    expect(page.challenges).toEqual([]);
    expect(page.logoUrl).toEqual(expect.any(String));
    expect(page.perks).toEqual(before.perks);
  });

  it('refuses what does not fit, naming the field, and changes nothing', async () => {
    const { program: before } = ok(await api.call(manager, 'GET', `/api/programs/${w.programId}`));
    const base = before.publicPage;
    const someoneElses = await w.upload(anna.user, await png(10, 10));
    const text = await w.upload(manager, Buffer.from('not an image at all, only words\n'));
    const cases: Array<[string, unknown, number, string]> = [
      [
        'nine perks',
        { ...base, perks: Array.from({ length: 9 }, (_, i) => ({ title: `Perk ${i}` })) },
        422,
        'publicPage.perks',
      ],
      ['an empty perk title', { ...base, perks: [{ title: '   ' }] }, 422, 'publicPage.perks.0.title'],
      [
        'a long answer',
        { ...base, faq: [{ question: 'Why?', answer: 'x'.repeat(2001) }] },
        422,
        'publicPage.faq.0.answer',
      ],
      ['21 questions', { ...base, faq: Array.from({ length: 21 }, () => FAQ[0]) }, 422, 'publicPage.faq'],
      ['a long tagline', { ...base, tagline: 'x'.repeat(161) }, 422, 'publicPage.tagline'],
      ['seven samples', { ...base, sampleChallenges: 7 }, 422, 'publicPage.sampleChallenges'],
      ['an unknown field', { ...base, video: 'https://example.com/v.mp4' }, 422, 'publicPage'],
      ['another person’s upload', { ...base, logoImageKey: someoneElses }, 422, 'publicPage.logoImageKey'],
      [
        'a key never uploaded',
        { ...base, heroImageKey: `${base.heroImageKey}x` },
        422,
        'publicPage.heroImageKey',
      ],
      ['text sent as a PNG', { ...base, heroImageKey: text }, 422, 'publicPage.heroImageKey'],
    ];
    for (const [what, publicPage, status, field] of cases) {
      const answer = await patch(manager, { publicPage });
      expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBe(status);
      expect(answer.body.error.code, what).toBe('validation_failed');
      expect(JSON.stringify(answer.body.error), what).toContain(field);
    }
    // The terms link follows the program's URL rules: https only.
    const http = await patch(manager, { termsUrl: 'http://example.com/terms' });
    expect(http.status).toBe(422);
    // An ambassador cannot change the page.
    expect((await patch(anna.user, { publicPage: base })).status).toBe(403);
    const { program: after } = ok(await api.call(manager, 'GET', `/api/programs/${w.programId}`));
    expect(after.publicPage).toEqual(before.publicPage);
  });

  it('reads as the defaults for a program that never set it', async () => {
    const other = await world(api).program();
    const { page } = ok(await api.call(undefined, 'GET', `/api/public/programs/${other.slug}`));
    expect(page).toEqual({ perks: [], faq: [], challenges: [] });
  });
});
