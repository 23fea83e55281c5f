import { describe, expect, it } from 'vitest';
import { HTTPS_ONLY, httpsLinkProblem, withHttps } from './https-link.ts';

describe('a link a person types', () => {
  it('gets https:// when typed without a scheme', () => {
    expect(withHttps('example.com/x')).toBe('https://example.com/x');
    expect(withHttps('  www.instagram.com/p/abc/ ')).toBe('https://www.instagram.com/p/abc/');
    expect(withHttps('//example.com')).toBe('https://example.com');
  });

  it('is kept as typed when it has a scheme, and left empty when empty', () => {
    expect(withHttps('https://example.com')).toBe('https://example.com');
    expect(withHttps('http://example.com')).toBe('http://example.com');
    expect(withHttps('mailto:a@example.com')).toBe('mailto:a@example.com');
    expect(withHttps('  ')).toBe('');
  });

  it('is refused with one plain sentence when it starts with http://', () => {
    expect(httpsLinkProblem('http://example.com')).toBe(HTTPS_ONLY);
    expect(httpsLinkProblem(' HTTP://example.com')).toBe('Use a link that starts with https://');
    expect(httpsLinkProblem('https://example.com')).toBeUndefined();
    expect(httpsLinkProblem('example.com')).toBeUndefined();
  });
});
