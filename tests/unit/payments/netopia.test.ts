/**
 * NETOPIA's notification (IPN) as its SDKs verify it: a JWT in Verification-token signed with
 * NETOPIA's RSA key, iss "NETOPIA Payments", aud the POS signature, sub the SHA-512 of the raw body.
 * Tokens are made by the stand-in's signing helpers (tests/support/netopia-standin.ts), no server.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import forge from 'node-forge';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { baniToLei, leiToBani, mapNetopiaStatus, netopiaConfigProblem, netopiaProvider } from '@/lib/payments/providers/netopia';
import { buildNotification, createNetopiaKeys, notificationRequest, type TIpnTamper } from '@/tests/support/netopia-standin';

const POS = 'UNIT-TEST-POS0-SIGN-0001';
const keys = createNetopiaKeys();
const URL_ = 'http://portal.test/api/payments/netopia/callback';
const paid = { orderID: 'PAY-1-a', ntpID: '1309088', status: 3, amount: 150.5 };

function configure(extra: Record<string, string> = {}) {
  vi.stubEnv('NETOPIA_API_KEY', 'unit-api-key');
  vi.stubEnv('NETOPIA_POS_SIGNATURE', POS);
  vi.stubEnv('NETOPIA_PUBLIC_KEY', keys.publicKeyPem);
  vi.stubEnv('NETOPIA_PUBLIC_KEY_PATH', '');
  vi.stubEnv('NETOPIA_SANDBOX', '');
  vi.stubEnv('NETOPIA_BASE_URL', '');
  for (const [k, v] of Object.entries(extra)) vi.stubEnv(k, v);
}

async function parse(tamper: TIpnTamper, input: Partial<typeof paid> & { alg?: 'RS256' | 'RS384' | 'RS512'; currency?: string } = {}) {
  const n = await buildNotification({ keys, posSignature: POS, ...paid, ...input, tamper });
  return netopiaProvider.parseNotification(notificationRequest(URL_, n));
}

beforeEach(() => configure());
afterEach(() => vi.unstubAllEnvs());

describe('NETOPIA notification verification', () => {
  it('accepts a token signed by NETOPIA and reads the outcome from the signed body', async () => {
    expect(await parse('none')).toEqual({ orderId: 'PAY-1-a', providerPaymentId: '1309088', status: 'paid', amountBani: 15050 });
  });

  it.each(['RS256', 'RS384', 'RS512'] as const)('accepts the RSA algorithm %s', async (alg) => {
    expect(await parse('none', { alg })).not.toBeNull();
  });

  it('accepts the key given as a file and as a one-line PEM with \\n', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netopia-'));
    const file = path.join(dir, 'netopia.pem');
    fs.writeFileSync(file, keys.publicKeyPem);
    configure({ NETOPIA_PUBLIC_KEY: '', NETOPIA_PUBLIC_KEY_PATH: file });
    expect(await parse('none')).not.toBeNull();
    configure({ NETOPIA_PUBLIC_KEY: keys.publicKeyPem.replace(/\n/g, '\\n') });
    expect(await parse('none')).not.toBeNull();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('accepts NETOPIA’s key given as an X.509 certificate', async () => {
    const pair = forge.pki.rsa.generateKeyPair(2048);
    const cert = forge.pki.createCertificate();
    cert.publicKey = pair.publicKey;
    cert.serialNumber = '01';
    cert.validity.notBefore = new Date();
    cert.validity.notAfter = new Date(Date.now() + 86_400_000);
    cert.setSubject([{ name: 'commonName', value: 'NETOPIA Payments test' }]);
    cert.setIssuer([{ name: 'commonName', value: 'NETOPIA Payments test' }]);
    cert.sign(pair.privateKey, forge.md.sha256.create());
    const certKeys = { privateKey: crypto.createPrivateKey(forge.pki.privateKeyToPem(pair.privateKey)), publicKeyPem: forge.pki.certificateToPem(cert) };
    configure({ NETOPIA_PUBLIC_KEY: certKeys.publicKeyPem });
    const n = await buildNotification({ keys: certKeys, posSignature: POS, ...paid });
    expect(await netopiaProvider.parseNotification(notificationRequest(URL_, n))).toMatchObject({ status: 'paid', amountBani: 15050 });
    // The stand-in's key is not the certificate's.
    expect(await parse('none')).toBeNull();
  });

  it.each<[string, TIpnTamper]>([
    ['a signature that was changed', 'bad-signature'],
    ['a token signed with another key', 'other-key'],
    ['another issuer', 'wrong-issuer'],
    ['another POS signature as audience', 'wrong-audience'],
    ['a body that is not the one signed (sub mismatch)', 'changed-body'],
    ['an expired token', 'expired'],
    ['a token not valid yet', 'not-yet-valid'],
    ['alg: none', 'alg-none'],
    ['HS256 keyed with the public key', 'hs256'],
    ['no Verification-token header', 'no-header'],
  ])('refuses %s', async (_label, tamper) => {
    expect(await parse(tamper)).toBeNull();
  });

  it('refuses a token whose audience is right for another POS only', async () => {
    configure({ NETOPIA_POS_SIGNATURE: 'ANOT-HER0-POS0-SIGN-0003' });
    expect(await parse('none')).toBeNull();
  });

  it('refuses a genuine token that carries no end (neither exp nor iat)', async () => {
    const body = JSON.stringify({ order: { orderID: 'PAY-1-a' }, payment: { ntpID: '1', status: 3, amount: 1, currency: 'RON' } });
    const sub = crypto.createHash('sha512').update(body).digest('base64');
    const token = await new SignJWT({ iss: 'NETOPIA Payments', aud: [POS], sub }).setProtectedHeader({ alg: 'RS512', typ: 'JWT' }).sign(keys.privateKey);
    expect(await netopiaProvider.parseNotification(new Request(URL_, { method: 'POST', headers: { 'Verification-token': token }, body }))).toBeNull();
  });

  it('takes time claims in milliseconds (as NETOPIA’s PHP SDK compares them) as such', async () => {
    const body = JSON.stringify({ order: { orderID: 'PAY-ms' }, payment: { ntpID: '7', status: 5, amount: 20, currency: 'RON' } });
    const sub = crypto.createHash('sha512').update(body).digest('base64');
    const sign = (claims: Record<string, number>) =>
      new SignJWT({ iss: 'NETOPIA Payments', aud: [POS], sub, ...claims }).setProtectedHeader({ alg: 'RS512', typ: 'JWT' }).sign(keys.privateKey);
    const now = Date.now();
    const fresh = await sign({ iat: now, nbf: now, exp: now + 300_000 });
    const stale = await sign({ iat: now - 7_200_000, nbf: now - 7_200_000, exp: now - 3_600_000 });
    const request = (token: string) => new Request(URL_, { method: 'POST', headers: { 'Verification-token': token }, body });
    expect(await netopiaProvider.parseNotification(request(fresh))).toMatchObject({ orderId: 'PAY-ms', status: 'paid', amountBani: 2000 });
    expect(await netopiaProvider.parseNotification(request(stale))).toBeNull();
  });

  it('refuses a signed body whose amount is not lei with two decimals, or not in RON', async () => {
    expect(await parse('none', { amount: 10.005 })).toBeNull();
    expect(await parse('none', { currency: 'EUR' })).toBeNull();
  });

  it('maps the signed status', async () => {
    expect(await parse('none', { status: 12 })).toMatchObject({ status: 'failed' });
    expect(await parse('none', { status: 15 })).toMatchObject({ status: 'pending' });
    expect(await parse('none', { status: 8 })).toMatchObject({ status: 'refunded' });
  });
});

describe('NETOPIA statuses and amounts', () => {
  it('maps every status NETOPIA documents', () => {
    const expected: Record<number, string> = { 3: 'paid', 5: 'paid', 8: 'refunded', 4: 'failed', 11: 'failed', 12: 'failed', 13: 'failed', 23: 'failed' };
    for (let status = 0; status <= 24; status++) expect([status, mapNetopiaStatus(status)]).toEqual([status, expected[status] ?? 'pending']);
  });

  it('converts lei and bani exactly', () => {
    expect(baniToLei(15050)).toBe(150.5);
    expect(baniToLei(1)).toBe(0.01);
    expect(JSON.stringify({ amount: baniToLei(1010) })).toBe('{"amount":10.1}');
    expect(leiToBani(10.1)).toBe(1010);
    expect(leiToBani(0.29)).toBe(29);
    expect(leiToBani(1234567.89)).toBe(123456789);
    expect(leiToBani(200)).toBe(20000);
    expect(leiToBani(10.005)).toBeNull();
    expect(leiToBani(-1)).toBeNull();
    expect(leiToBani(Number.NaN)).toBeNull();
    // Every amount up to 100 000 lei survives the trip through JSON.
    for (let bani = 0; bani <= 10_000_000; bani += 7919) expect(leiToBani(JSON.parse(JSON.stringify(baniToLei(bani))))).toBe(bani);
    expect(() => baniToLei(1.5)).toThrow();
  });
});

describe('NETOPIA configuration', () => {
  const complete = { NETOPIA_API_KEY: 'k', NETOPIA_POS_SIGNATURE: POS, NETOPIA_PUBLIC_KEY: keys.publicKeyPem };

  it('is complete with the key, the POS signature and NETOPIA’s public key', () => {
    expect(netopiaConfigProblem(complete)).toBeNull();
  });

  it('names what is missing or wrong', () => {
    expect(netopiaConfigProblem({})).toMatch(/NETOPIA_API_KEY is required[\s\S]*NETOPIA_POS_SIGNATURE is required[\s\S]*NETOPIA_PUBLIC_KEY/);
    expect(netopiaConfigProblem({ ...complete, NETOPIA_PUBLIC_KEY: 'not a key' })).toMatch(/not a PEM/);
    expect(netopiaConfigProblem({ ...complete, NETOPIA_PUBLIC_KEY: '', NETOPIA_PUBLIC_KEY_PATH: '/nonexistent/netopia.pem' })).toMatch(/cannot read/);
    const privatePem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(netopiaConfigProblem({ ...complete, NETOPIA_PUBLIC_KEY: privatePem })).toMatch(/private key/);
    expect(netopiaConfigProblem({ ...complete, NETOPIA_SANDBOX: 'maybe' })).toMatch(/NETOPIA_SANDBOX/);
  });

  it('is a test provider on the sandbox (the default), a real one on live', () => {
    expect(netopiaProvider.test).toBe(true);
    vi.stubEnv('NETOPIA_SANDBOX', 'false');
    expect(netopiaProvider.test).toBe(false);
  });
});

describe('NETOPIA reply to a notification', () => {
  it('answers in the format NETOPIA expects', async () => {
    const accepted = netopiaProvider.notificationResponse('accepted');
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('content-type')).toMatch(/application\/json/);
    expect(await accepted.json()).toEqual({ errorType: 0, errorCode: null, errorMessage: '' });
    expect(await netopiaProvider.notificationResponse('rejected').json()).toMatchObject({ errorType: 2, errorCode: 0x10000101 });
    const retry = await netopiaProvider.notificationResponse('retry').json();
    expect(retry.errorType).toBe(1);
    expect(retry.errorMessage).not.toBe('');
  });
});
