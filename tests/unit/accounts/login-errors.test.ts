import { describe, expect, it } from 'vitest';
import { isLoginError } from '@/lib/accounts/login';

describe('errors the sign-in may show the browser', () => {
  it('are only the login codes, with seconds for the rate limit', () => {
    expect(isLoginError(new Error('INVALID_CREDENTIALS'))).toBe(true);
    expect(isLoginError(new Error('RATE_LIMITED:900'))).toBe(true);
    expect(isLoginError(new Error('RATE_LIMITED:soon'))).toBe(false);
    expect(isLoginError(new Error('Invalid `prisma.user.findUnique()` invocation: connection refused'))).toBe(false);
    expect(isLoginError('INVALID_CREDENTIALS')).toBe(false);
  });
});
