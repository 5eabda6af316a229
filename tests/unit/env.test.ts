import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';
import { registerPaymentProvider, type TPaymentProvider } from '@/lib/payments/provider';

const PUBLIC_KEY_PEM = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('configuration', () => {
  it('with nothing configured, uses the embedded defaults', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      // Nobody else on the network reaches an instance nobody configured.
      HOST: '127.0.0.1',
      appUrl: 'http://localhost:3000',
      mailTransport: 'mailbox',
      mailboxDir: path.resolve('.data/mail'),
      JOBS_MODE: 'in-process',
      EMBEDDED_PG_PORT: 54329,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    const env = parseEnv({ DATABASE_URL: '', RESEND_API_KEY: '  ', PORT: '4000' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.mailTransport).toBe('mailbox');
    expect(env.appUrl).toBe('http://localhost:4000');
  });

  it('in production with external services, fails at start listing every missing secret', () => {
    let error: unknown;
    try {
      parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://db.example/portal' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    for (const key of ['AUTH_SECRET', 'APP_URL', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'RESEND_API_KEY']) {
      expect(message).toContain(`${key} is required in production`);
    }
    expect(message).not.toContain('DATABASE_URL is required');
    // The fee account is set in /admin/settings; the environment only overrides it.
    expect(message).not.toContain('PAYMENT_IBAN is required');
  });

  it('accepts a complete production configuration and picks Resend', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://u:p@db.example:5432/portal',
      AUTH_SECRET: 'x'.repeat(48),
      APP_URL: 'https://portal.primariaroman.ro/',
      S3_BUCKET: 'portal-docs',
      S3_ACCESS_KEY_ID: 'AKIA',
      S3_SECRET_ACCESS_KEY: 'secret',
      RESEND_API_KEY: 're_123',
      PAYMENT_IBAN: 'RO80TREZ4922440XXXXXXXXX',
      PAYMENT_BENEFICIARY: 'Municipiul Roman',
    });
    expect(env.mailTransport).toBe('resend');
    expect(env.payment).toEqual({ iban: 'RO80TREZ4922440XXXXXXXXX', beneficiary: 'Municipiul Roman' });
    expect(env.appUrl).toBe('https://portal.primariaroman.ro');
  });

  it('rejects malformed values with a clear message', () => {
    const attempt = () => parseEnv({ DATABASE_URL: 'mysql://x', PORT: 'abc', AUTH_SECRET: 'short' });
    expect(attempt).toThrow(/DATABASE_URL: DATABASE_URL must be a postgresql:\/\/ URL/);
    expect(attempt).toThrow(/PORT: /);
    expect(attempt).toThrow(/AUTH_SECRET: AUTH_SECRET must be at least 32 characters/);
  });

  it('has no online payment provider by default, and refuses one that is not registered', () => {
    expect(parseEnv({}).PAYMENT_PROVIDER).toBeUndefined();
    expect(parseEnv({ PAYMENT_PROVIDER: ' ' }).PAYMENT_PROVIDER).toBeUndefined();
    expect(parseEnv({ PAYMENT_PROVIDER: 'none' }).PAYMENT_PROVIDER).toBeUndefined();
    expect(() => parseEnv({ PAYMENT_PROVIDER: 'ghiseul' })).toThrow(EnvError);
    expect(() => parseEnv({ PAYMENT_PROVIDER: 'ghiseul' })).toThrow(/PAYMENT_PROVIDER: PAYMENT_PROVIDER "ghiseul" is not a registered payment provider \(registered: netopia, test\)/);
  });

  it('refuses the test provider in production outside the embedded mode, and NETOPIA without its credentials', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://u:p@db/portal', AUTH_SECRET: 'x'.repeat(40), APP_URL: 'https://portal.primariaroman.ro', S3_BUCKET: 'acte', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', RESEND_API_KEY: 're_x' };
    expect(() => parseEnv({ ...production, PAYMENT_PROVIDER: 'test' })).toThrow(/PAYMENT_PROVIDER=test is the local test provider \(no real money\): not allowed in production/);
    expect(parseEnv({ PORTAL_MODE: 'embedded', NODE_ENV: 'production', PAYMENT_PROVIDER: 'test', AUTH_SECRET: 'x'.repeat(40) }).PAYMENT_PROVIDER).toBe('test');
    expect(() => parseEnv({ PAYMENT_PROVIDER: 'test' })).toThrow(/PAYMENT_PROVIDER=test needs AUTH_SECRET/);
    expect(() => parseEnv({ ...production, PAYMENT_PROVIDER: 'netopia' })).toThrow(/PAYMENT_PROVIDER: .*NETOPIA_API_KEY/);
    expect(parseEnv({ ...production, PAYMENT_PROVIDER: 'netopia', NETOPIA_API_KEY: 'k', NETOPIA_POS_SIGNATURE: 'AAAA-BBBB-CCCC-DDDD-EEEE', NETOPIA_PUBLIC_KEY: PUBLIC_KEY_PEM }).PAYMENT_PROVIDER).toBe('netopia');
  });

  it('accepts a registered payment provider by its id', () => {
    const provider: TPaymentProvider = {
      id: 'card-test',
      label: { ro: 'Card (test)', en: 'Card (test)' },
      startPayment: async () => ({ redirectUrl: 'https://pay.example.test/1', providerPaymentId: '1' }),
      parseNotification: async () => null,
      notificationResponse: () => new Response(null),
      queryStatus: async () => ({ status: 'pending', amountBani: 0 }),
      refund: async () => {},
    };
    registerPaymentProvider(provider);
    expect(parseEnv({ PAYMENT_PROVIDER: 'card-test' }).PAYMENT_PROVIDER).toBe('card-test');
    expect(() => parseEnv({ PAYMENT_PROVIDER: 'Card-Test' })).toThrow(/"Card-Test" is not a registered payment provider \(registered: netopia, test, card-test\)/);
    expect(() => registerPaymentProvider({ ...provider })).toThrow(/already registered/);
  });

  it('times kiosk terminals: 120 s idle, a 30 s warning and 15-minute sessions by default, each configurable', () => {
    expect(parseEnv({}).kiosk).toEqual({ idleSeconds: 120, warningSeconds: 30, sessionSeconds: 15 * 60 });
    expect(parseEnv({ KIOSK_IDLE_SECONDS: '180', KIOSK_WARNING_SECONDS: '45', KIOSK_SESSION_MINUTES: '10' }).kiosk).toEqual({ idleSeconds: 180, warningSeconds: 45, sessionSeconds: 600 });
    expect(parseEnv({ KIOSK_IDLE_SECONDS: '', KIOSK_WARNING_SECONDS: ' ' }).kiosk).toMatchObject({ idleSeconds: 120, warningSeconds: 30 });
  });

  it('refuses a kiosk warning too short to answer (WCAG 2.2.1 wants at least 20 s) and out-of-range timings', () => {
    expect(() => parseEnv({ KIOSK_WARNING_SECONDS: '10' })).toThrow(/KIOSK_WARNING_SECONDS: /);
    expect(() => parseEnv({ KIOSK_IDLE_SECONDS: '5' })).toThrow(/KIOSK_IDLE_SECONDS: /);
    expect(() => parseEnv({ KIOSK_SESSION_MINUTES: '600' })).toThrow(/KIOSK_SESSION_MINUTES: /);
    expect(() => parseEnv({ KIOSK_IDLE_SECONDS: 'two minutes' })).toThrow(EnvError);
  });

  it('does not require production secrets when the launcher runs the embedded services', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', PORTAL_MODE: 'embedded', DATABASE_URL: 'postgresql://127.0.0.1/portal' })).not.toThrow();
  });
});
