import { describe, expect, it } from 'vitest';
import { absoluteLink, localizeInstants, notificationEmail, recipientTimeZone } from './email-message.ts';

describe('recipientTimeZone', () => {
  it('takes the recipient’s zone, else the program’s, else UTC; an unknown zone is skipped', () => {
    expect(recipientTimeZone({ recipient: 'America/New_York', program: 'Europe/Berlin' })).toBe(
      'America/New_York',
    );
    expect(recipientTimeZone({ program: 'Europe/Berlin' })).toBe('Europe/Berlin');
    expect(recipientTimeZone({ recipient: 'Mars/Olympus', program: 'Europe/Berlin' })).toBe('Europe/Berlin');
    expect(recipientTimeZone({})).toBe('UTC');
  });
});

describe('localizeInstants', () => {
  it('writes every UTC instant in the zone, with its name, and leaves plain days alone', () => {
    const text = 'Open from 2026-12-03T09:00:00.000Z until 2026-07-01T22:30:00Z (day 2026-12-31).';
    expect(localizeInstants(text, 'Europe/Berlin')).toBe(
      'Open from 3 Dec 2026, 10:00 CET until 2 Jul 2026, 00:30 CEST (day 2026-12-31).',
    );
    expect(localizeInstants('2026-12-03T09:00:00.000Z', 'America/New_York')).toBe('3 Dec 2026, 04:00 GMT-5');
  });
});

describe('absoluteLink', () => {
  it('puts a dashboard path under the public URL, once, and leaves absolute links', () => {
    expect(absoluteLink('https://ambassadors.brand.example/', '/programs/p1')).toBe(
      'https://ambassadors.brand.example/programs/p1',
    );
    expect(absoluteLink('http://localhost:3000', 'me')).toBe('http://localhost:3000/me');
    expect(absoluteLink('http://localhost:3000', 'https://other.example/x')).toBe('https://other.example/x');
  });
});

describe('notificationEmail', () => {
  const notification = {
    title: 'New challenge: Road trip',
    body: 'Open until 2026-12-31T23:00:00.000Z.',
    link: '/programs/p1/challenges/c1',
    email: 'anna@example.com',
  };

  it('has the one-click unsubscribe headers of RFC 8058 and the page link in the text', async () => {
    const email = await notificationEmail(notification, {
      publicUrl: 'https://d1.cloudfront.net',
      timeZone: 'Europe/Berlin',
      unsubscribeToken: 'v1.dTE.challenge_opened.sig',
    });
    expect(email).toEqual({
      to: 'anna@example.com',
      subject: 'New challenge: Road trip',
      text:
        'Open until 1 Jan 2027, 00:00 CET.\n\nOpen: https://d1.cloudfront.net/programs/p1/challenges/c1\n\n' +
        'Stop emails like this one: https://d1.cloudfront.net/unsubscribe?token=v1.dTE.challenge_opened.sig\n\n— Embassy\n',
      headers: {
        'List-Unsubscribe': '<https://d1.cloudfront.net/api/unsubscribe?token=v1.dTE.challenge_opened.sig>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
  });

  it('has no unsubscribe for a transactional message', async () => {
    const email = await notificationEmail(notification, { publicUrl: 'https://x.example', timeZone: 'UTC' });
    expect(email.headers).toEqual({});
    expect(email.text).not.toContain('Stop emails');
  });

  it('is written in the recipient’s language, a catalogued notice from its values', async () => {
    const values = { program: 'Fiesta', hasReason: 'yes', reason: 'Nur Fahrer.', cooldownDays: 1 };
    const email = await notificationEmail(
      {
        type: 'application_rejected',
        title: 'Your application to Fiesta',
        body: 'Written in English.',
        values,
        link: '/p/fiesta',
        email: 'anna@example.com',
      },
      { publicUrl: 'https://x.example', timeZone: 'Europe/Berlin', language: 'de', unsubscribeToken: 't' },
    );
    expect(email.subject).toBe('Ihre Bewerbung bei Fiesta');
    expect(email.text).toBe(
      'Ihre Bewerbung bei Fiesta wurde diesmal nicht angenommen. Die Begründung des Teams: Nur Fahrer. ' +
        'Sie können sich nach 1 Tag erneut bewerben.\n\nÖffnen: https://x.example/p/fiesta\n\n' +
        'E-Mails wie diese abbestellen: https://x.example/unsubscribe?token=t\n\n— Embassy\n',
    );
    // In English, the same values: the plural and the missing reason in words.
    const english = await notificationEmail(
      {
        type: 'application_rejected',
        title: '',
        body: '',
        values: { ...values, hasReason: 'no', reason: '', cooldownDays: 0 },
        email: 'a@x.example',
      },
      { publicUrl: 'https://x.example', timeZone: 'UTC' },
    );
    expect(english.text).toBe(
      'Your application to Fiesta was not approved this time. The team gave no reason.\n\n— Embassy\n',
    );
  });

  it('writes dates the way the language does', async () => {
    const email = await notificationEmail(notification, {
      publicUrl: 'https://x.example',
      timeZone: 'Europe/Berlin',
      language: 'de',
    });
    expect(email.text).toContain('01.01.2027, 00:00 MEZ');
  });
});
