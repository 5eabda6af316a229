import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/cli/client-address';

const req = (forwarded: string | undefined, remoteAddress = '203.0.113.9') => ({ headers: { 'x-forwarded-for': forwarded }, socket: { remoteAddress } });

describe('client address for rate limits', () => {
  it('with no trusted proxy, ignores whatever X-Forwarded-For the client sent', () => {
    expect(clientAddress(req('1.2.3.4'), 0)).toBe('203.0.113.9');
    expect(clientAddress(req(undefined), 0)).toBe('203.0.113.9');
  });

  it('behind one proxy, takes the hop that proxy appended, not the client-forged ones', () => {
    expect(clientAddress(req('6.6.6.6, 198.51.100.7', '10.0.0.2'), 1)).toBe('198.51.100.7');
    expect(clientAddress(req('198.51.100.7', '10.0.0.2'), 1)).toBe('198.51.100.7');
  });

  it('never goes past the first hop', () => {
    expect(clientAddress(req(undefined, '10.0.0.2'), 3)).toBe('10.0.0.2');
  });
});
