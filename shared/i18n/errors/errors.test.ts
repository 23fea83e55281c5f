import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { de } from './de.ts';
import { errorWords } from './error-words.ts';
import { sourceMessages, sourceStrings } from './source-messages.ts';
import { messageTranslator, partsOf } from './translate.ts';

/**
 * Throw sites whose message is not written where they throw, and where its words are instead:
 * each of those is collected from its own place (a constant, a rule's `message:`, a check's
 * `return '…'`), or is a message built of messages that the translator takes apart.
 */
const DYNAMIC_SITES = [
  // The throw helpers themselves, and the mapper passing on messages written elsewhere.
  'shared/errors.ts: AppError ← message',
  'shared/identity/token-verifier.ts: AppError ← message',
  'shared/platform/db/optimistic-retry.ts: AppError ← busy',
  'functions/http/error-mapper.ts: body ← error.message',
  'functions/http/error-mapper.ts: body ← message',
  'functions/http/error-mapper.ts: body ← summarise(zod)',
  // Other functions of the same name, whose first argument is no message.
  'functions/docs.handler.ts: refuse ← c.req.method',
  'functions/http/handle-api.ts: refuse ← event',
  // `path: message`, joined with `; `: each message is a `message:`, a check's return or a zod one.
  'shared/payouts/bank-account.ts: validationFailed ← issues.map((issue) => `{issue.path}: {issue.message}`).join(',
  'shared/programs/own-domains.ts: validationFailed ← issues.map((issue) => `{issue.path}: {issue.message}`).join(',
  'shared/programs/create-program.service.ts: validationFailed ← `{problem.field}: {problem.message}`',
  'shared/programs/update-program.service.ts: validationFailed ← `{problem.field}: {problem.message}`',
  'shared/uploads/proof-image.store.ts: validationFailed ← `{field}: {problem}`',
  // Locks: the `message:` of shared/rewards/reward-rules.ts and shared/challenges/challenge-rules.ts.
  'shared/rewards/redeem-reward.service.ts: conflict ← lock.message',
  'shared/submissions/submit-post.service.ts: AppError ← lock.message',
  // checkHost's and notAPost's returns.
  'shared/submissions/post-url.ts: refuse ← ...hostProblem',
  'shared/submissions/post-url.ts: refuse ← ...notAPost(platform, url.host)',
];

const { messages, dynamic } = sourceMessages();
const english = [...new Set(messages.map((m) => m.message))];

describe('the German error catalogue', () => {
  it('has every message the server can answer with', () => {
    // Prepare
    const where = new Map(messages.map((m) => [m.message, m.at]));
    // Act
    const missing = english.filter((message) => de[message] === undefined);
    // Assess
    expect(missing.map((message) => `${where.get(message)}: ${message}`)).toEqual([]);
  });

  it('has no entry the source no longer uses (a part of a message is a string in the source)', () => {
    const strings = sourceStrings();
    const used = new Set(english);
    expect(Object.keys(de).filter((key) => !used.has(key) && !strings.has(key))).toEqual([]);
  });

  it('keeps each template’s parts, each once', () => {
    const changed = Object.entries(de).filter(
      ([key, german]) => partsOf(key).join() !== partsOf(german).join(),
    );
    expect(changed).toEqual([]);
  });

  it('collects messages written elsewhere than their throw site from where they are written', () => {
    expect([...dynamic].sort()).toEqual([...DYNAMIC_SITES].sort());
  });
});

describe('messageTranslator', () => {
  const translate = messageTranslator({
    '{what} was not found': '{what} wurde nicht gefunden',
    Challenge: 'Challenge',
    Reward: 'Prämie',
    'Not a valid BIC': 'Keine gültige BIC',
    'A report spans at most {MAX_DAYS} days': 'Ein Bericht umfasst höchstens {MAX_DAYS} Tage',
    'The slug "{slug}" is taken': 'Der Slug „{slug}“ ist vergeben',
    'No route for {method} {path}': 'Keine Route für {method} {path}',
    'postUrl: {reason}': 'postUrl: {reason}',
  });

  it('matches a template whole and carries its parts over, each looked up when catalogued', () => {
    expect(translate('Reward was not found')).toBe('Prämie wurde nicht gefunden');
    expect(translate('Gift card was not found')).toBe('Gift card wurde nicht gefunden');
    expect(translate('A report spans at most 92 days')).toBe('Ein Bericht umfasst höchstens 92 Tage');
    expect(translate('The slug "spring-26" is taken')).toBe('Der Slug „spring-26“ ist vergeben');
    expect(translate('postUrl: Reward was not found')).toBe('postUrl: Prämie wurde nicht gefunden');
    expect(translate('No route for GET /api/x y')).toBe('Keine Route für GET /api/x y');
  });

  it('in the German catalogue, translates a rule dropped into a template too', () => {
    expect(
      errorWords('de').message(
        'A instagram handle is up to 30 letters, digits, periods and underscores, without the @',
      ),
    ).toBe('Ein instagram-Name ist bis zu 30 Buchstaben, Ziffern, Punkte und Unterstriche, ohne das @');
  });

  it('takes apart a field’s path before a message and messages joined with "; "', () => {
    expect(translate('payoutAccount.bic: Not a valid BIC')).toBe('payoutAccount.bic: Keine gültige BIC');
    expect(translate('bic: Not a valid BIC; iban: unknown words')).toBe(
      'bic: Keine gültige BIC; iban: unknown words',
    );
    expect(translate('a: x; b: y', new Map([['y', 'Y']]))).toBe('a: x; b: Y');
  });

  it('leaves a message it does not know as it is', () => {
    expect(translate('Something new happened')).toBe('Something new happened');
    expect(translate('was not found')).toBe('was not found');
  });
});

describe('zod’s own messages', () => {
  it('are written by zod’s German locale; a custom message is not zod’s', () => {
    // Prepare
    const words = errorWords('de');
    const schema = z.object({
      name: z.string().min(2),
      count: z.number(),
      kind: z.enum(['a', 'b']),
      url: z.string().refine(() => false, 'Must be an https URL with a domain name'),
    });
    // Act
    const issues = schema.safeParse({ name: 'x', count: 'many', kind: 'c', url: 'x' }).error?.issues ?? [];
    const german = issues.map((issue) => words.zodDefault(issue) ?? words.message(issue.message));
    // Assess
    expect(german).toEqual([
      'Zu klein: erwartet, dass string >=2 Zeichen hat',
      'Ungültige Eingabe: erwartet Zahl, erhalten string',
      'Ungültige Option: erwartet eine von "a"|"b"',
      'Muss eine https-URL mit einem Domainnamen sein',
    ]);
  });
});
