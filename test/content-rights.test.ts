import { createHash } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../shared/platform/db/client.ts';
import { keys } from '../shared/platform/db/keys.ts';
import { csvRecords } from './csv-reader.ts';
import { type Api, ok, startApi, type TestUser } from './helpers.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

/**
 * Content rights and the brand's content library end to end, through the real API on DynamoDB
 * Local: grants checked against the program's versioned terms on submission, stored with the
 * post and its hash, revoked by the author only; the library's filters and CSV; and the team told
 * once, 14 days before a grant ends.
 */
let api: Api;
let w: ProgramWorld;
let manager: TestUser;
let brand: TestUser;
let anna: Member;
let ben: Member;
let open: { challengeId: string };
let required: { challengeId: string };

const TERMS = {
  version: '2026-1',
  text: 'You let Fiesta reuse this post on its own channels and in paid ads for twelve months.',
  scopes: ['organic', 'paid_ads'],
  durationMonths: 12,
};
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const path = (rest: string) => `/api/programs/${w.programId}${rest}`;

type Item = {
  submissionId: string;
  challengeId: string;
  challengeTitle?: string;
  ambassadorId: string;
  platform: string;
  postUrl: string;
  rights: { status: string; scopes: string[]; expiresAt?: string; endsAt?: string; termsSha256?: string };
};
const library = async (query = '', as = brand) =>
  ok(await api.call(as, 'GET', path(`/content?limit=100${query}`))).items as Item[];
const ids = (items: Item[]) => items.map((i) => i.submissionId);

let tiktoks = 0;
const tiktokUrl = () => `https://www.tiktok.com/@fan/video/${Date.now()}${++tiktoks}`;

/** A post by `member` in `challengeId`, approved by the manager. */
async function approvedPost(member: Member, challengeId: string, body: Record<string, unknown> = {}) {
  const submission = await w.post(member.user, challengeId, body);
  ok(
    await api.call(manager, 'POST', path(`/submissions/${submission.submissionId}/review`), {
      decision: 'approve',
      version: submission.version,
    }),
  );
  return submission;
}

/** Sets attributes of a stored post, as time would leave them. */
async function setStored(submissionId: string, update: string, values: Record<string, unknown>) {
  await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.submission(w.programId, submissionId),
      UpdateExpression: update,
      ExpressionAttributeValues: values,
    }),
  );
}
/** A grant's end moved, as if it had been given long ago: the library reads the real clock. */
const endGrantAt = (submissionId: string, endsAt: string) =>
  setStored(submissionId, 'SET rightsGrant.endsAt = :endsAt, rightsGrant.expiresAt = :endsAt', {
    ':endsAt': endsAt,
  });

beforeAll(async () => {
  api = await startApi();
  w = await world(api).program({ contentTerms: TERMS } as never);
  manager = await w.staff('manager');
  brand = await w.staff('brand');
  anna = await w.ambassador('rights-anna');
  ben = await w.ambassador('rights-ben');
  open = await w.challenge({ title: '=Summer drive', maxSubmissionsPerAmbassador: 20 });
  required = await w.challenge({ title: 'Ad-ready', rightsRequired: true, maxSubmissionsPerAmbassador: 20 });
});
afterAll(async () => {
  await api.close();
});

describe('granting rights with a post', () => {
  it('stores the grant with the post: the terms version, the text’s SHA-256, the scopes and the expiry', async () => {
    const post = await approvedPost(anna, open.challengeId, {
      rightsGrant: { termsVersion: TERMS.version, scopes: ['paid_ads'] },
    });
    const grant = post.rightsGrant;
    expect(grant).toMatchObject({
      termsVersion: '2026-1',
      scopes: ['paid_ads'],
      termsSha256: sha256(TERMS.text),
    });
    // Twelve calendar months later, to the millisecond (29 February ends on the 28th).
    const at = grant?.grantedAt ?? '';
    const [year, month, day] = at.slice(0, 10).split('-').map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
    const date = `${year + 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
    expect(grant?.expiresAt).toBe(`${date}${at.slice(10)}`);
    expect(grant?.endsAt).toBe(grant?.expiresAt);

    const granted_ = await library('&rights=granted');
    const item = granted_.find((i) => i.submissionId === post.submissionId);
    expect(item).toMatchObject({
      ambassadorId: anna.user.id,
      challengeTitle: '=Summer drive',
      postUrl: post.postUrl,
      rights: {
        status: 'granted',
        scopes: ['paid_ads'],
        expiresAt: grant?.expiresAt,
        termsSha256: sha256(TERMS.text),
      },
    });
    expect(ids(await library('&scope=paid_ads'))).toContain(post.submissionId);
    expect(ids(await library('&scope=organic'))).not.toContain(post.submissionId);
  });

  it('refuses a stale terms version, a scope the terms do not offer, and a missing grant where one is required', async () => {
    const stale = await api.call(anna.user, 'POST', path(`/challenges/${open.challengeId}/submissions`), {
      postUrl: tiktokUrl(),
      platform: 'tiktok',
      rightsGrant: { termsVersion: '2025-9', scopes: ['organic'] },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('version 2026-1');
    expect(stale.body.error.details).toMatchObject({
      field: 'rightsGrant.termsVersion',
      termsVersion: '2026-1',
    });

    const outside = await api.call(anna.user, 'POST', path(`/challenges/${open.challengeId}/submissions`), {
      postUrl: tiktokUrl(),
      platform: 'tiktok',
      rightsGrant: { termsVersion: TERMS.version, scopes: ['organic', 'website'] },
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error).toMatchObject({
      code: 'validation_failed',
      details: { field: 'rightsGrant.scopes' },
    });
    expect(outside.body.error.message).toContain('organic, paid_ads only');

    const empty = await api.call(anna.user, 'POST', path(`/challenges/${open.challengeId}/submissions`), {
      postUrl: tiktokUrl(),
      platform: 'tiktok',
      rightsGrant: { termsVersion: TERMS.version, scopes: [] },
    });
    expect(empty.status).toBe(422);

    const url = tiktokUrl();
    const missing = await api.call(
      ben.user,
      'POST',
      path(`/challenges/${required.challengeId}/submissions`),
      {
        postUrl: url,
        platform: 'tiktok',
      },
    );
    expect(missing.status).toBe(422);
    expect(missing.body.error.details).toMatchObject({ field: 'rightsGrant' });
    // Nothing was written: the same link goes through once the grant comes with it.
    const granted = ok(
      await api.call(ben.user, 'POST', path(`/challenges/${required.challengeId}/submissions`), {
        postUrl: url,
        platform: 'tiktok',
        rightsGrant: { termsVersion: TERMS.version, scopes: ['organic'] },
      }),
      201,
    );
    expect(granted.submission.rightsGrant.scopes).toEqual(['organic']);
  });

  it('keeps a version’s terms fixed, and needs terms before a challenge can require a grant', async () => {
    const changed = await api.call(manager, 'PATCH', path(''), {
      contentTerms: { ...TERMS, text: `${TERMS.text} And on billboards.` },
    });
    expect(changed.status).toBe(409);
    expect(changed.body.error.details).toMatchObject({ field: 'contentTerms.version' });
    // The same terms again change nothing.
    ok(await api.call(manager, 'PATCH', path(''), { contentTerms: TERMS }));

    const bare = await world(api).program();
    const refused = await api.call(bare.admin, 'POST', `/api/programs/${bare.programId}/challenges`, {
      title: 'Needs rights',
      month: '2099-01',
      rightsRequired: true,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toMatchObject({ field: 'rightsRequired' });
  });

  it('keeps a live grant through a resubmission, and refuses one without a grant once it was revoked', async () => {
    const post = await w.post(ben.user, required.challengeId, {
      rightsGrant: { termsVersion: TERMS.version, scopes: ['organic', 'paid_ads'] },
    });
    const sendBack = async (version: number) =>
      ok(
        await api.call(manager, 'POST', path(`/submissions/${post.submissionId}/review`), {
          decision: 'request_changes',
          feedback: 'Tag the brand, please',
          version,
        }),
      );
    await sendBack(1);
    const resubmitted = ok(
      await api.call(ben.user, 'PUT', path(`/submissions/${post.submissionId}`), {
        postUrl: tiktokUrl(),
        platform: 'tiktok',
        caption: 'With @fiesta #ad',
      }),
    );
    expect(resubmitted.rightsGrant).toEqual(post.rightsGrant);

    await sendBack(resubmitted.version);
    ok(await api.call(ben.user, 'DELETE', path(`/submissions/${post.submissionId}/rights`)));
    const withoutGrant = await api.call(ben.user, 'PUT', path(`/submissions/${post.submissionId}`), {
      postUrl: tiktokUrl(),
      platform: 'tiktok',
      caption: 'Again #ad',
    });
    expect(withoutGrant.status).toBe(422);
    expect(withoutGrant.body.error.details).toMatchObject({ field: 'rightsGrant' });
  });
});

describe('revoking', () => {
  it('is for the author only; the post then leaves the granted posts, and its end date is the revocation', async () => {
    const post = await approvedPost(anna, open.challengeId, {
      rightsGrant: { termsVersion: TERMS.version, scopes: ['organic', 'paid_ads'] },
    });
    expect(ids(await library('&rights=granted'))).toContain(post.submissionId);

    for (const other of [ben.user, manager, brand, w.admin]) {
      const refused = await api.call(other, 'DELETE', path(`/submissions/${post.submissionId}/rights`));
      expect(refused.status, JSON.stringify(refused.body)).toBe(403);
    }
    const revoked = ok(await api.call(anna.user, 'DELETE', path(`/submissions/${post.submissionId}/rights`)));
    expect(revoked.rights).toMatchObject({ status: 'revoked', scopes: ['organic', 'paid_ads'] });
    expect(revoked.rights.endsAt).toBe(revoked.rights.revokedAt);
    expect(revoked.rights.endsAt < (post.rightsGrant?.expiresAt ?? '')).toBe(true);

    expect(ids(await library('&rights=granted'))).not.toContain(post.submissionId);
    expect(ids(await library('&scope=paid_ads'))).not.toContain(post.submissionId);
    const none = await library('&rights=none');
    expect(none.find((i) => i.submissionId === post.submissionId)?.rights).toMatchObject({
      status: 'revoked',
      endsAt: revoked.rights.endsAt,
    });
    // The author sees it on their post.
    const own = ok(await api.call(anna.user, 'GET', path(`/submissions/${post.submissionId}`)));
    expect(own.rightsGrant.revokedAt).toBe(revoked.rights.revokedAt);

    const twice = await api.call(anna.user, 'DELETE', path(`/submissions/${post.submissionId}/rights`));
    expect(twice.status).toBe(409);
    expect(twice.body.error.details).toMatchObject({ status: 'revoked' });
  });

  it('refuses a post without a grant with a 409', async () => {
    const post = await w.post(anna.user, open.challengeId);
    const refused = await api.call(anna.user, 'DELETE', path(`/submissions/${post.submissionId}/rights`));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('no rights grant');
  });
});

describe('the content library', () => {
  let instagram: string;
  let tiktok: string;
  let bare: string;
  let pending: string;

  beforeAll(async () => {
    instagram = (
      await approvedPost(ben, open.challengeId, {
        rightsGrant: { termsVersion: TERMS.version, scopes: ['organic'] },
      })
    ).submissionId;
    tiktok = (
      await approvedPost(anna, required.challengeId, {
        postUrl: tiktokUrl(),
        platform: 'tiktok',
        rightsGrant: { termsVersion: TERMS.version, scopes: ['paid_ads'] },
      })
    ).submissionId;
    bare = (await approvedPost(ben, open.challengeId, { postUrl: tiktokUrl(), platform: 'tiktok' }))
      .submissionId;
    pending = (
      await w.post(anna.user, open.challengeId, {
        rightsGrant: { termsVersion: TERMS.version, scopes: ['organic'] },
      })
    ).submissionId;
  });

  it('shows approved posts only, to the owner, managers and brand users, and nobody else', async () => {
    const all = ids(await library());
    expect(all).toEqual(expect.arrayContaining([instagram, tiktok, bare]));
    expect(all).not.toContain(pending);
    expect(ids(await library('', manager))).toContain(tiktok);
    expect(ids(await library('', w.admin))).toContain(tiktok);
    expect((await api.call(anna.user, 'GET', path('/content'))).status).toBe(403);
  });

  it('filters by platform, challenge and ambassador, on their own and together', async () => {
    const tiktoks_ = await library('&platform=tiktok');
    expect(tiktoks_.every((i) => i.platform === 'tiktok')).toBe(true);
    expect(ids(tiktoks_)).toEqual(expect.arrayContaining([tiktok, bare]));
    expect(ids(tiktoks_)).not.toContain(instagram);

    const inRequired = await library(`&challengeId=${required.challengeId}`);
    expect(inRequired.every((i) => i.challengeId === required.challengeId)).toBe(true);
    expect(ids(inRequired)).toContain(tiktok);

    const bens = await library(`&ambassadorId=${ben.user.id}`);
    expect(bens.every((i) => i.ambassadorId === ben.user.id)).toBe(true);
    expect(ids(bens)).toEqual(expect.arrayContaining([instagram, bare]));

    const together = await library(
      `&ambassadorId=${ben.user.id}&challengeId=${open.challengeId}&platform=tiktok`,
    );
    expect(ids(together)).toEqual([bare]);
  });

  it('filters by rights: none, granted, expiring within 30 days, and expired ones count as none', async () => {
    expect(ids(await library('&rights=none'))).toContain(bare);
    expect(ids(await library('&rights=granted'))).not.toContain(bare);

    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString();
    await endGrantAt(tiktok, soon);
    const expiring = await library('&rights=expiring');
    expect(ids(expiring)).toEqual([tiktok]);
    expect(expiring[0]?.rights).toMatchObject({ status: 'expiring', endsAt: soon });
    // Expiring is still granted.
    expect(ids(await library('&rights=granted'))).toEqual(expect.arrayContaining([tiktok, instagram]));

    await endGrantAt(instagram, new Date(Date.now() - 86_400_000).toISOString());
    expect(ids(await library('&rights=granted'))).not.toContain(instagram);
    const none = await library('&rights=none');
    expect(none.find((i) => i.submissionId === instagram)?.rights.status).toBe('expired');
  });

  it('filters by minimum reach on the latest metrics, and shows them', async () => {
    // No post has metrics yet: none passes even a minimum of 0.
    expect(await library('&minReach=0')).toEqual([]);
    // The authors report their posts' figures: the latest report counts.
    ok(
      await api.call(ben.user, 'POST', path(`/submissions/${instagram}/metrics`), {
        reach: 5000,
        views: 9000,
      }),
      201,
    );
    ok(await api.call(anna.user, 'POST', path(`/submissions/${tiktok}/metrics`), { reach: 100 }), 201);
    const reached = await library('&minReach=1000');
    expect(ids(reached)).toEqual([instagram]);
    expect(reached[0]).toMatchObject({ metrics: { reach: 5000, views: 9000, status: 'reported' } });
    expect(ids(await library('&minReach=100'))).toEqual(expect.arrayContaining([instagram, tiktok]));
  });

  it('pages with the cursor, each post once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = ok(
        await api.call(brand, 'GET', path(`/content?limit=2${cursor ? `&cursor=${cursor}` : ''}`)),
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...ids(page.items));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids(await library()));
    expect(new Set(seen).size).toBe(seen.length);
    // A filtered page is cut inside what one query read: its cursor is the last post it returned.
    const filtered: string[] = [];
    let next: string | undefined;
    do {
      const page = ok(
        await api.call(
          brand,
          'GET',
          path(`/content?limit=1&platform=tiktok${next ? `&cursor=${next}` : ''}`),
        ),
      );
      expect(page.items.length).toBeLessThanOrEqual(1);
      filtered.push(...ids(page.items));
      next = page.nextCursor;
    } while (next);
    expect(filtered).toEqual(ids(await library('&platform=tiktok')));
    expect(filtered.length).toBeGreaterThanOrEqual(2);
    const foreign = await api.call(brand, 'GET', path('/content?cursor=eyJwayI6IngifQ'));
    expect(foreign.status).toBe(400);
  });

  it('exports as CSV with the same filters, formulas quoted', async () => {
    const response = await api.fetch(`${api.url}${path('/content/export?platform=tiktok')}`, {
      headers: { authorization: `Bearer ${brand.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('next-cursor')).toBeNull();
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="[a-z0-9-]+-content-library-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const { header, records } = csvRecords(await response.text());
    expect(header).toEqual([
      'Submission ID',
      'Post link',
      'Platform',
      'Challenge ID',
      'Challenge',
      'Ambassador ID',
      'Ambassador',
      'Approved at',
      'Rights',
      'Scopes',
      'Terms version',
      'Terms SHA-256',
      'Granted at',
      'Expires at',
      'Revoked at',
      'Rights end at',
      'Views',
      'Impressions',
      'Reach',
      'Likes',
      'Comments',
      'Shares',
      'Saves',
      'Engagements',
      'Figures as of',
      'Figures status',
    ]);
    expect(records.map((row) => row['Submission ID']).sort()).toEqual(
      ids(await library('&platform=tiktok')).sort(),
    );
    const tiktokRow = records.find((row) => row['Submission ID'] === tiktok);
    expect(tiktokRow).toMatchObject({
      Rights: 'expiring',
      Scopes: 'paid_ads',
      'Terms version': TERMS.version,
      'Terms SHA-256': sha256(TERMS.text),
      // Its reported reach, and whose figures they are.
      Reach: '100',
      'Figures status': 'reported',
    });
    const bareRow = records.find((row) => row['Submission ID'] === bare);
    expect(bareRow?.Challenge).toBe("'=Summer drive");
    expect(bareRow?.Rights).toBe('none');
    // The brand sees no member's email in the dashboard, so its file has none; the team's has them.
    expect(header).not.toContain('Email');
    const asManager = await api.fetch(`${api.url}${path('/content/export?platform=tiktok')}`, {
      headers: { authorization: `Bearer ${manager.token}` },
    });
    const team = csvRecords(await asManager.text());
    expect(team.header.slice(6, 8)).toEqual(['Ambassador', 'Email']);
    expect(team.records.find((row) => row['Submission ID'] === tiktok)?.Email).toBe(anna.user.email);
    expect((await api.call(anna.user, 'GET', path('/content/export'))).status).toBe(403);
  });
});

describe('the expiry reminder', () => {
  it('tells the managers and brand users once, 14 days before a grant ends, and not for a revoked one', async () => {
    const p = await world(api).program({ contentTerms: TERMS } as never);
    const team = { manager: await p.staff('manager'), brand: await p.staff('brand') };
    const eva = await p.ambassador('rights-eva');
    const challenge = await p.challenge({ maxSubmissionsPerAmbassador: 2 });
    const post = await p.post(eva.user, challenge.challengeId, {
      rightsGrant: { termsVersion: TERMS.version, scopes: ['paid_ads'] },
    });
    const revoked = await p.post(eva.user, challenge.challengeId, {
      rightsGrant: { termsVersion: TERMS.version, scopes: ['organic'] },
    });
    for (const submission of [post, revoked]) {
      ok(
        await api.call(
          team.manager,
          'POST',
          `/api/programs/${p.programId}/submissions/${submission.submissionId}/review`,
          {
            decision: 'approve',
            version: 1,
          },
        ),
      );
    }
    ok(
      await api.call(
        eva.user,
        'DELETE',
        `/api/programs/${p.programId}/submissions/${revoked.submissionId}/rights`,
      ),
    );
    const endsAt = Date.parse(post.rightsGrant?.endsAt ?? '');
    const { handler: scheduler } = await import('../functions/scheduler.handler.ts');
    const told = async (user: TestUser) =>
      (
        ok(await api.call(user, 'GET', '/api/me/notifications?limit=50')).items as Array<{
          type: string;
          programId: string;
          body: string;
        }>
      ).filter((n) => n.type === 'rights_expiring' && n.programId === p.programId);

    // 15 days before: not yet.
    await scheduler({ time: new Date(endsAt - 15 * 86_400_000).toISOString() });
    expect(await told(team.brand)).toEqual([]);
    // 13 days before, twice: once.
    await scheduler({ time: new Date(endsAt - 13 * 86_400_000).toISOString() });
    await scheduler({ time: new Date(endsAt - 13 * 86_400_000 + 60_000).toISOString() });
    for (const user of [team.manager, team.brand]) {
      const notes = await told(user);
      expect(notes).toHaveLength(1);
      expect(notes[0]?.body).toContain(new Date(endsAt).toISOString().slice(0, 10));
      expect(notes[0]?.body).toContain('paid_ads');
    }
    expect(await told(eva.user)).toEqual([]);
  });
});
