import { afterEach, describe, expect, it } from 'vitest';
import { isLoopbackAddress, mayReadMailbox } from '@/lib/email/mailbox';
import { resetEnvCache } from '@/lib/env';

const saved = process.env.RESEND_API_KEY;
afterEach(() => {
  if (saved === undefined) delete process.env.RESEND_API_KEY;
  else process.env.RESEND_API_KEY = saved;
  resetEnvCache();
});

describe('who may read the local mailbox (it holds every reset link)', () => {
  it('knows the loopback addresses, IPv4-mapped ones too, and nothing else', () => {
    for (const ip of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(ip), ip).toBe(true);
    for (const ip of ['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', '0.0.0.0', 'unknown', '', '127.0.0.1.evil.example', 'fe80::1']) expect(isLoopbackAddress(ip), ip).toBe(false);
  });

  it('this machine and a signed-in administrator; nobody else on the network, whatever their role', () => {
    delete process.env.RESEND_API_KEY;
    resetEnvCache();
    expect(mayReadMailbox({ clientIp: '127.0.0.1', role: null })).toBe(true);
    expect(mayReadMailbox({ clientIp: '10.0.0.5', role: 'ADMIN' })).toBe(true);
    expect(mayReadMailbox({ clientIp: '10.0.0.5', role: null })).toBe(false);
    expect(mayReadMailbox({ clientIp: '10.0.0.5', role: 'CITIZEN' })).toBe(false);
    expect(mayReadMailbox({ clientIp: '10.0.0.5', role: 'CLERK' })).toBe(false);
    expect(mayReadMailbox({ clientIp: 'unknown', role: null })).toBe(false);
  });

  it('nobody at all once a real mail provider is configured', () => {
    process.env.RESEND_API_KEY = 're_test_key';
    resetEnvCache();
    expect(mayReadMailbox({ clientIp: '127.0.0.1', role: 'ADMIN' })).toBe(false);
  });
});
