import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toErrorResponse } from '../functions/http/error-mapper.ts';
import { notFound } from '../shared/errors.ts';
import {
  type Api,
  type ApiResponse,
  createUser,
  programInput,
  startApi,
  type TestUser,
  validApplication,
} from './helpers.ts';
import { type ProgramWorld, world } from './world.ts';

/**
 * Issue 18: the API answers an error in the reader's language, through the real handlers on
 * DynamoDB Local. German when Accept-Language picks it; English, as it always was, without the
 * header. Only the words change: the code, the field paths and the shape stay.
 */
let api: Api;
let w: ProgramWorld;
let admin: TestUser;

const GERMAN = { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' };

beforeAll(async () => {
  api = await startApi();
  w = await world(api).program();
  admin = w.admin;
});
afterAll(() => api?.close());

/** The body without its words: what must be the same in every language. */
const shape = (response: ApiResponse) => ({
  status: response.status,
  code: response.body.error.code,
  keys: Object.keys(response.body.error),
  issues: (response.body.error.details?.issues ?? []).map((issue: { path: string; code?: string }) => [
    issue.path,
    issue.code,
  ]),
});
const withoutRequestId = (response: ApiResponse) => ({ ...response.body.error, requestId: undefined });

describe('an error in the reader’s language', () => {
  it('a 404 is German when asked in German, and English otherwise', async () => {
    // Prepare
    const path = `/api/programs/${w.programId}/rewards/no-such-reward`;
    // Act
    const german = await api.call(admin, 'GET', path, undefined, GERMAN);
    const english = await api.call(admin, 'GET', path);
    const englishAsked = await api.call(admin, 'GET', path, undefined, {
      'accept-language': 'en-GB,de;q=0.8',
    });
    // Assess
    expect(german.body.error).toMatchObject({ code: 'not_found', message: 'Prämie wurde nicht gefunden' });
    expect(english.body.error).toEqual({
      code: 'not_found',
      message: 'Reward was not found',
      requestId: expect.any(String),
    });
    expect(withoutRequestId(englishAsked)).toEqual(withoutRequestId(english));
    expect(shape(german)).toEqual(shape(english));
  });

  it('without the header, the body is byte for byte what the English mapper writes', async () => {
    // Act
    const response = await api.fetch(`${api.url}/api/programs/${w.programId}/rewards/no-such-reward`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    // Assess
    const requestId = response.headers.get('x-request-id') ?? '';
    expect(await response.text()).toBe(JSON.stringify(toErrorResponse(notFound('Reward'), requestId).body));
  });

  it('a 409 is German when asked in German, and English otherwise', async () => {
    // Prepare
    const taken = programInput({ slug: w.slug });
    // Act
    const german = await api.call(admin, 'POST', '/api/programs', taken, GERMAN);
    const english = await api.call(admin, 'POST', '/api/programs', taken);
    // Assess
    expect(german.status).toBe(409);
    expect(german.body.error.message).toBe(`Der Slug „${w.slug}“ ist vergeben`);
    expect(english.body.error.message).toBe(`The slug "${w.slug}" is taken`);
    expect(shape(german)).toEqual(shape(english));
  });

  it('a 422 has its field issues in German, zod’s own and the schema’s, at the same paths', async () => {
    // Prepare
    const bad = programInput({ name: '', landingUrl: 'http://example.com', currency: 'EURO' });
    // Act
    const german = await api.call(admin, 'POST', '/api/programs', bad, GERMAN);
    const english = await api.call(admin, 'POST', '/api/programs', bad);
    // Assess
    expect(german.status).toBe(422);
    expect(shape(german)).toEqual(shape(english));
    const messages = (response: ApiResponse) =>
      response.body.error.details.issues.map((issue: { path: string; message: string }) => [
        issue.path,
        issue.message,
      ]);
    expect(messages(english)).toEqual([
      ['name', 'Too small: expected string to have >=1 characters'],
      ['landingUrl', 'Use a link that starts with https://'],
      ['landingUrl', 'Must be an https URL with a domain name'],
      ['currency', 'Must be an ISO 4217 code such as EUR'],
      ['currency', 'Unknown ISO 4217 currency'],
    ]);
    expect(messages(german)).toEqual([
      ['name', 'Zu klein: erwartet, dass string >=1 Zeichen hat'],
      ['landingUrl', 'Verwenden Sie einen Link, der mit https:// beginnt'],
      ['landingUrl', 'Muss eine https-URL mit einem Domainnamen sein'],
      ['currency', 'Muss ein Code nach ISO 4217 sein, etwa EUR'],
      ['currency', 'Unbekannte Währung nach ISO 4217'],
    ]);
    // The summary is the issues', in the same words.
    const summary = (response: ApiResponse) =>
      messages(response)
        .map(([path, message]: [string, string]) => `${path}: ${message}`)
        .join('; ');
    expect(english.body.error.message).toBe(summary(english));
    expect(german.body.error.message).toBe(summary(german));
  });

  it('an application’s answers have their problems in German, by question', async () => {
    // Prepare
    const program = await api.call(
      admin,
      'POST',
      '/api/programs',
      programInput({
        questions: [
          { id: 'why', label: 'Why?', type: 'text', required: true },
          { id: 'followers', label: 'Followers', type: 'number', min: 0 },
        ],
      }),
    );
    const applicant = await createUser();
    const path = `/api/programs/${program.body.programId}/applications`;
    const body = validApplication({ answers: { followers: -1 } });
    // Act
    const german = await api.call(applicant, 'POST', path, body, GERMAN);
    const english = await api.call(applicant, 'POST', path, body);
    // Assess
    expect(english.status).toBe(422);
    expect(english.body.error.details.answers).toEqual({
      why: 'An answer is required',
      followers: 'At least 0',
    });
    expect(german.status).toBe(422);
    expect(german.body.error.message).toBe('Einige Antworten sind ungültig');
    expect(german.body.error.details.answers).toEqual({
      why: 'Eine Antwort ist erforderlich',
      followers: 'Mindestens 0',
    });
  });

  it('an error answered before the app runs is German too', async () => {
    // Prepare: a `__proto__` key is refused by the Lambda entry, before any route reads the body.
    const body = '{"name":"x","__proto__":{"polluted":true}}';
    // Act
    const german = await api.call(admin, 'POST', '/api/programs', body, GERMAN);
    const english = await api.call(admin, 'POST', '/api/programs', body);
    // Assess
    expect(german.status).toBe(422);
    expect(german.body.error.message).toBe('Ein Schlüssel namens __proto__ ist nirgends im Body erlaubt');
    expect(english.body.error.message).toBe('A key named __proto__ is not accepted anywhere in the body');
  });
});
