import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('applies defaults and coerces numbers', () => {
    expect(parseEnv({ TABLE_NAME: 't', DYNAMODB_TIMEOUT_MS: '1200' })).toMatchObject({
      TABLE_NAME: 't',
      AWS_REGION: 'us-east-1',
      DYNAMODB_TIMEOUT_MS: 1200,
      LOG_LEVEL: 'info',
    });
  });

  it('names every bad variable at once', () => {
    expect(() => parseEnv({ COGNITO_ISSUER: 'nope', LOG_LEVEL: 'loud' })).toThrow(
      /TABLE_NAME: must be set; .*COGNITO_ISSUER: must be a URL; .*LOG_LEVEL/,
    );
  });
});
