import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  createUser,
  ok,
  programInput,
  startApi,
  type TestUser,
  validApplication,
} from '../../test/helpers.ts';

let api: Api;
let admin: TestUser;
let programId: string;
let anna: TestUser;
let brand: TestUser;

const window = () => ({
  opensAt: new Date(Date.now() - 3_600_000).toISOString(),
  closesAt: new Date(Date.now() + 86_400_000).toISOString(),
});
const publish = async (body: Record<string, unknown>) => {
  const id = ok(
    await api.call(admin, 'POST', `/api/programs/${programId}/challenges`, { ...window(), ...body }),
    201,
  ).challengeId;
  ok(await api.call(admin, 'POST', `/api/programs/${programId}/challenges/${id}/publish`));
  return id as string;
};

beforeAll(async () => {
  api = await startApi();
  admin = await createUser({ admin: true });
  programId = ok(await api.call(admin, 'POST', '/api/programs', programInput()), 201).programId;
  anna = await createUser({ name: 'anna' });
  ok(await api.call(anna, 'POST', `/api/programs/${programId}/applications`, validApplication()), 201);
  ok(
    await api.call(admin, 'POST', `/api/programs/${programId}/ambassadors/${anna.id}/decision`, {
      decision: 'approve',
    }),
  );
  brand = await createUser({ name: 'brand' });
  await api.call(admin, 'POST', `/api/programs/${programId}/invitations`, {
    email: brand.email,
    role: 'brand',
  });
  ok(await api.call(brand, 'POST', `/api/programs/${programId}/invitations/accept`), 201);
});
afterAll(() => api.close());

describe('challenges over HTTP', () => {
  it('shows the team who wrote a challenge, ambassadors not; drafts only to managers', async () => {
    const id = await publish({ title: 'Visible' });
    ok(
      await api.call(admin, 'POST', `/api/programs/${programId}/challenges`, {
        title: 'Draft',
        month: '2030-01',
      }),
      201,
    );
    const asAnna = ok(await api.call(anna, 'GET', `/api/programs/${programId}/challenges/${id}`));
    const asAdmin = ok(await api.call(admin, 'GET', `/api/programs/${programId}/challenges/${id}`));
    expect(asAnna).not.toHaveProperty('createdBy');
    expect(asAdmin.createdBy).toBe(admin.id);
    const brandList = ok(await api.call(brand, 'GET', `/api/programs/${programId}/challenges?month=2030-01`));
    expect(brandList.items).toEqual([]);
    const adminList = ok(await api.call(admin, 'GET', `/api/programs/${programId}/challenges?month=2030-01`));
    expect(adminList.items.map((c: { title: string }) => c.title)).toEqual(['Draft']);
  });

  it('applies a lowered tier threshold at once', async () => {
    // Prepare: Anna earns 100 points; Insider needs 500, so the gated challenge is locked.
    const earn = await publish({ title: 'Earn', points: 100 });
    const post = ok(
      await api.call(anna, 'POST', `/api/programs/${programId}/challenges/${earn}/submissions`, {
        postUrl: 'https://www.instagram.com/p/TIER1/',
        platform: 'instagram',
        caption: '#ad',
      }),
      201,
    ).submission;
    ok(
      await api.call(admin, 'POST', `/api/programs/${programId}/submissions/${post.submissionId}/review`, {
        decision: 'approve',
        version: 1,
      }),
    );
    const gated = await publish({ title: 'Insiders only', minTier: 'insider' });
    const read = async () =>
      ok(await api.call(anna, 'GET', `/api/programs/${programId}/challenges/${gated}`));
    expect(await read()).toMatchObject({ locked: true, lock: { code: 'tier' } });

    // Act: the manager lowers the Insider threshold to 100.
    ok(
      await api.call(admin, 'PATCH', `/api/programs/${programId}`, {
        tiers: [
          { id: 'member', name: 'Member', minPoints: 0 },
          { id: 'insider', name: 'Insider', minPoints: 100 },
        ],
      }),
    );

    // Assess: unlocked at once, with no new points.
    expect((await read()).locked).toBe(false);
  });

  it('refuses a resubmission from a suspended ambassador', async () => {
    const id = await publish({ title: 'Fix me' });
    const submitted = ok(
      await api.call(anna, 'POST', `/api/programs/${programId}/challenges/${id}/submissions`, {
        postUrl: 'https://www.instagram.com/p/SUSP1/',
        platform: 'instagram',
        caption: 'hi',
      }),
      201,
    ).submission;
    ok(
      await api.call(
        admin,
        'POST',
        `/api/programs/${programId}/submissions/${submitted.submissionId}/review`,
        {
          decision: 'request_changes',
          feedback: 'Add #ad',
          version: 1,
        },
      ),
    );
    ok(
      await api.call(admin, 'POST', `/api/programs/${programId}/ambassadors/${anna.id}/suspend`, {
        reason: 'test',
      }),
    );
    const resubmitted = await api.call(
      anna,
      'PUT',
      `/api/programs/${programId}/submissions/${submitted.submissionId}`,
      {
        postUrl: 'https://www.instagram.com/p/SUSP2/',
        platform: 'instagram',
        caption: 'hi #ad',
      },
    );
    expect(resubmitted.status).toBe(403);
    ok(await api.call(admin, 'POST', `/api/programs/${programId}/ambassadors/${anna.id}/reinstate`));
  });

  it('moves a running deadline later but not earlier, and refuses draft prerequisites at publish', async () => {
    const id = await publish({ title: 'Running' });
    const path = `/api/programs/${programId}/challenges/${id}`;
    const current = ok(await api.call(admin, 'GET', path));
    const later = new Date(Date.parse(current.closesAt) + 86_400_000).toISOString();
    expect(ok(await api.call(admin, 'PATCH', path, { closesAt: later })).closesAt).toBe(later);
    expect((await api.call(admin, 'PATCH', path, { closesAt: current.closesAt })).status).toBe(409);
    expect((await api.call(admin, 'PATCH', path, { points: 5 })).status).toBe(409);

    const draft = ok(
      await api.call(admin, 'POST', `/api/programs/${programId}/challenges`, {
        title: 'Hidden',
        month: '2030-02',
      }),
      201,
    );
    const gated = ok(
      await api.call(admin, 'POST', `/api/programs/${programId}/challenges`, {
        ...window(),
        title: 'Gated',
        prerequisites: [draft.challengeId],
      }),
      201,
    );
    const refused = await api.call(
      admin,
      'POST',
      `/api/programs/${programId}/challenges/${gated.challengeId}/publish`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Hidden');
  });

  it('gives no rank without points, and kudos only from ambassadors', async () => {
    const newcomer = await createUser({ name: 'newcomer' });
    ok(await api.call(newcomer, 'POST', `/api/programs/${programId}/applications`, validApplication()), 201);
    ok(
      await api.call(admin, 'POST', `/api/programs/${programId}/ambassadors/${newcomer.id}/decision`, {
        decision: 'approve',
      }),
    );
    const board = ok(await api.call(newcomer, 'GET', `/api/programs/${programId}/leaderboard?period=all`));
    expect(board.me).toEqual({ points: 0 });
    const gallery = ok(await api.call(brand, 'GET', `/api/programs/${programId}/gallery`));
    const first = gallery.items[0];
    expect(first).toBeDefined();
    expect(
      (await api.call(brand, 'POST', `/api/programs/${programId}/submissions/${first.submissionId}/kudos`))
        .status,
    ).toBe(403);
    expect(
      ok(
        await api.call(
          newcomer,
          'POST',
          `/api/programs/${programId}/submissions/${first.submissionId}/kudos`,
        ),
        201,
      ).kudos,
    ).toBe(1);
  });

  it('remembers in the gallery who gave a post kudos, for that reader only', async () => {
    const fan = await createUser({ name: 'fan' });
    ok(await api.call(fan, 'POST', `/api/programs/${programId}/applications`, validApplication()), 201);
    ok(
      await api.call(admin, 'POST', `/api/programs/${programId}/ambassadors/${fan.id}/decision`, {
        decision: 'approve',
      }),
    );
    const galleryOf = async (user: TestUser) =>
      ok(await api.call(user, 'GET', `/api/programs/${programId}/gallery`)).items as {
        submissionId: string;
        kudos: number;
        kudosGiven: boolean;
      }[];
    const before = await galleryOf(fan);
    const post = before[0];
    expect(post).toBeDefined();
    if (!post) return;

    ok(await api.call(fan, 'POST', `/api/programs/${programId}/submissions/${post.submissionId}/kudos`), 201);
    const again = await api.call(
      fan,
      'POST',
      `/api/programs/${programId}/submissions/${post.submissionId}/kudos`,
    );

    expect(before.every((item) => item.kudosGiven === false)).toBe(true);
    const after = await galleryOf(fan);
    expect(after.find((item) => item.submissionId === post.submissionId)).toMatchObject({
      kudos: post.kudos + 1,
      kudosGiven: true,
    });
    expect(after.filter((item) => item.submissionId !== post.submissionId).every((i) => !i.kudosGiven)).toBe(
      true,
    );
    expect(again.status).toBe(409);
    const forTheTeam = await galleryOf(admin);
    expect(forTheTeam.find((item) => item.submissionId === post.submissionId)?.kudosGiven).toBe(false);
  });

  it('takes a proof image through a presigned upload and shows it to the reviewer', async () => {
    const id = await publish({ title: 'With proof' });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const upload = ok(
      await api.call(anna, 'POST', `/api/programs/${programId}/uploads`, {
        contentType: 'image/png',
        size: png.length,
      }),
      201,
    );
    expect(upload.key).toMatch(new RegExp(`^proofs/${programId}/${anna.id}/`));
    const submit = (proofImageKey: string, n: number) =>
      api.call(anna, 'POST', `/api/programs/${programId}/challenges/${id}/submissions`, {
        postUrl: `https://www.instagram.com/p/PROOF${n}/`,
        platform: 'instagram',
        caption: '#ad',
        proofImageKey,
      });

    expect((await submit(upload.key, 1)).status).toBe(422); // not uploaded yet
    const put = await fetch(upload.uploadUrl, { method: 'PUT', headers: upload.headers, body: png });
    expect(put.status).toBe(200);
    expect((await submit(upload.key.replace(anna.id, 'someone-else'), 2)).status).toBe(422);
    const submitted = ok(await submit(upload.key, 3), 201).submission;
    expect(submitted.proofImageKey).toBe(upload.key);

    const reviewed = ok(
      await api.call(admin, 'GET', `/api/programs/${programId}/submissions/${submitted.submissionId}`),
    );
    const image = await fetch(reviewed.proofImageUrl);
    expect(Buffer.from(await image.arrayBuffer())).toEqual(png);
    expect(
      (
        await api.call(brand, 'POST', `/api/programs/${programId}/uploads`, {
          contentType: 'image/png',
          size: 10,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.call(anna, 'POST', `/api/programs/${programId}/uploads`, {
          contentType: 'image/gif',
          size: 10,
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await api.call(anna, 'POST', `/api/programs/${programId}/uploads`, {
          contentType: 'image/png',
          size: 6 * 1024 * 1024,
        })
      ).status,
    ).toBe(422);
  });
});
