import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import zodDe from 'zod/v4/locales/de.js';
import zodEn from 'zod/v4/locales/en.js';
import { setLanguage } from '../i18n/i18n.ts';
import { plainMessage } from './client.ts';

/** Zod's own messages for a few inputs, in one of its locales, as the server answers them. */
function zodMessages(locale: typeof zodEn): string[] {
  const error = locale().localeError;
  const schema = z.object({
    token: z.string().min(16, { error: (issue) => String(error(issue)) }),
    name: z.string().min(1, { error: (issue) => String(error(issue)) }),
    caption: z.string().max(2200, { error: (issue) => String(error(issue)) }),
    rate: z.number().min(0, { error: (issue) => String(error(issue)) }),
    hashtags: z.array(z.string()).max(2, { error: (issue) => String(error(issue)) }),
    email: z.email({ error: (issue) => String(error(issue)) }),
    site: z.url({ error: (issue) => String(error(issue)) }),
  });
  const result = schema.safeParse({
    email: 'not-an-email',
    site: 'nowhere',
    token: 'short',
    name: '',
    caption: 'x'.repeat(2201),
    rate: -1,
    hashtags: ['a', 'b', 'c'],
  });
  return (result.error?.issues ?? []).map((issue) => issue.message);
}

describe('plainMessage', () => {
  afterEach(() => setLanguage('en'));

  it("words zod's English defaults plainly in English", () => {
    expect(zodMessages(zodEn).map(plainMessage)).toEqual([
      'Must be at least 16 characters',
      'Required',
      'Must be at most 2200 characters',
      'Must be at least 0',
      'Must be at most 2 items',
      'Enter an email address, such as name@example.com',
      'Enter a full web address, such as https://example.com',
    ]);
  });

  it("words zod's German locale plainly in German, as the server answers a German reader", async () => {
    await setLanguage('de');
    const messages = zodMessages(zodDe);
    expect(messages[0]).toBe('Zu klein: erwartet, dass string >=16 Zeichen hat');
    expect(messages.map(plainMessage)).toEqual([
      'Mindestens 16 Zeichen',
      'Pflichtfeld',
      'Höchstens 2200 Zeichen',
      'Mindestens 0',
      'Höchstens 2 Einträge',
      'Geben Sie eine E-Mail-Adresse ein, etwa name@example.com',
      'Geben Sie eine vollständige Webadresse ein, etwa https://example.com',
    ]);
    expect(plainMessage('Ungültige Eingabe: erwartet Zahl, erhalten string')).toBe('Zahl erwartet');
    expect(plainMessage('Ungültige Eingabe: erwartet string, erhalten undefined')).toBe('Pflichtfeld');
    expect(plainMessage('Eine eigene Meldung')).toBe('Eine eigene Meldung');
  });
});
