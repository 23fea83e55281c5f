import { describe, expect, it } from 'vitest';
import { invitationEmail } from './invitation-email.ts';

const invitation = {
  programId: 'p1',
  email: 'mia@example.com',
  role: 'manager' as const,
  invitedBy: 'u-owner',
  invitedAt: '2026-12-01T09:00:00.000Z',
  expiresAt: Date.parse('2026-12-08T09:00:00.000Z') / 1000,
};
const program = { name: 'Fiesta Agents', timeZone: 'Europe/Berlin' };

describe('invitationEmail', () => {
  it('invites in English, the date in the program’s zone', async () => {
    // Act
    const mail = await invitationEmail(invitation, program, 'https://embassy.example');
    // Assess
    expect(mail.subject).toBe("You're invited to the Fiesta Agents team");
    expect(mail.text).toContain(
      'You are invited to join the team of Fiesta Agents on Embassy as a manager. Sign up or sign in with this email address (mia@example.com), then accept the invitation on your home page. It is open until 8 Dec 2026, 10:00 CET.',
    );
    expect(mail.text).toContain('Open: https://embassy.example/');
  });

  it('invites in German when asked, the date the German way', async () => {
    // Act
    const mail = await invitationEmail(
      { ...invitation, role: 'brand' },
      program,
      'https://embassy.example',
      'de',
    );
    // Assess
    expect(mail.subject).toBe('Einladung ins Team von Fiesta Agents');
    expect(mail.text).toContain('als Markennutzer beizutreten');
    expect(mail.text).toContain('Sie gilt bis 08.12.2026, 10:00 MEZ.');
    expect(mail.text).toContain('Öffnen: https://embassy.example/');
  });
});
