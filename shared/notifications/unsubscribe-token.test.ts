import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.ts';

describe('unsubscribe tokens', () => {
  it('name the person and the type they were signed for', async () => {
    const token = await signUnsubscribeToken('user-1', 'challenge_opened');
    expect(await verifyUnsubscribeToken(token)).toEqual({ userId: 'user-1', type: 'challenge_opened' });
  });

  it('do not open when moved to another person or type, cut short, or made up', async () => {
    const token = await signUnsubscribeToken('user-1', 'challenge_opened');
    const [version, , type, mac] = token.split('.');
    const other = Buffer.from('user-2').toString('base64url');
    expect(await verifyUnsubscribeToken([version, other, type, mac].join('.'))).toBeUndefined();
    expect(await verifyUnsubscribeToken(token.replace('challenge_opened', 'first_sale'))).toBeUndefined();
    expect(await verifyUnsubscribeToken(token.slice(0, -3))).toBeUndefined();
    expect(await verifyUnsubscribeToken(`${token}.x`)).toBeUndefined();
    expect(await verifyUnsubscribeToken('v1.dTE.not_a_type.AAAA')).toBeUndefined();
    expect(await verifyUnsubscribeToken('')).toBeUndefined();
  });
});
