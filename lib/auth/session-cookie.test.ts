import { describe, expect, it } from 'vitest';
import { sessionTokenKey } from './session-cookie';

describe('sessionTokenKey', () => {
  it('keys on the session token cookie, plain, secure or split, and nothing else', () => {
    expect(sessionTokenKey([{ name: 'next-auth.session-token', value: 'abc' }, { name: 'theme', value: 'dark' }])).toBe('next-auth.session-token=abc');
    expect(sessionTokenKey([{ name: '__Secure-next-auth.session-token', value: 'abc' }])).toBe('__Secure-next-auth.session-token=abc');
    expect(sessionTokenKey([{ name: 'next-auth.session-token.1', value: 'b' }, { name: 'next-auth.session-token.0', value: 'a' }])).toBe('next-auth.session-token.0=a;next-auth.session-token.1=b');
  });

  it('has no key without a token, or for look-alike and empty cookies', () => {
    expect(sessionTokenKey([])).toBeNull();
    expect(sessionTokenKey([{ name: 'next-auth.csrf-token', value: 'x' }, { name: 'evil-next-auth.session-token', value: 'x' }, { name: 'next-auth.session-token', value: '' }])).toBeNull();
  });

  it('differs when any part of the token differs', () => {
    const a = sessionTokenKey([{ name: 'next-auth.session-token.0', value: 'a' }, { name: 'next-auth.session-token.1', value: 'b' }]);
    const b = sessionTokenKey([{ name: 'next-auth.session-token.0', value: 'a' }, { name: 'next-auth.session-token.1', value: 'c' }]);
    expect(a).not.toBe(b);
  });
});
