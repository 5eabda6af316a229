/**
 * PAYMENT_PROVIDER=netopia: card payments through NETOPIA Payments API v2, the processor most
 * Romanian city halls use. The payer pays on NETOPIA's hosted page; NETOPIA reports the outcome to
 * the portal with a signed notification (IPN); the expiry job asks for the status of a payment
 * whose notification never came; the tax office refunds from /admin/payments.
 *
 * It follows these documents, as read (repository, path, commit):
 *   - netopiapayments/doc.netopia-payments.com docs/payment-api/v2.x/intro.md
 *     @ 16806e5e7260f74766577a4d9d1f2377e1df81dd (endpoints, start request and responses, codes)
 *   - netopiapayments/doc.netopia-payments.com docs/payment-api/v2.x/start/start-strc-new.md
 *     @ c232873f373abde509fa01f4a59cbff510870b0c (start request fields)
 *   - netopiapayments/go-sdk @ 34c83145f0c4db38c1645cd74c77091230a03c72: ipn_verification.go
 *     (Verification-token JWT: iss, aud, sub = base64(SHA-512(body)); the status codes),
 *     payment.go and requests/status.go (operation/status); responses/get_status.go and
 *     responses/common.go @ ebf44e7f53b7dfccb4095436e3f2d952d2e413cf (the payment block);
 *     tests/ipn_test.go @ d23ac0dcce86f25e3e7da42a272035ef4b9495bc (the claims NETOPIA signs)
 *   - netopiapayments/sdk-php @ c3206a602c5b9f25c8e0595bbf093dc0162a93a1: src/Ipn.php (the reply
 *     NETOPIA expects: errorType 0 none / 1 temporary / 2 permanent), src/Status.php, src/Start.php
 * Refunds use operation/credit, which none of these documents describe: the body and the approval
 * rule are those of NETOPIA's CS-Cart module (PHP namespace Netopia\CsCart, Payment/RefundService:
 * it sends {ntpID, amount, split: []} and counts a refund as done only when error.code is "00"/"0"
 * and payment.status is 8; we could read the file but not tell its repository or commit).
 * The time claims of the IPN token: the Go SDK checks them in seconds, the PHP SDK compares them with
 * time() * 1000, and the CS-Cart module not at all; so a value too large for seconds is read as
 * milliseconds, and a token must carry exp, or iat (then it lasts a day).
 *
 * Configuration, read when first used: NETOPIA_API_KEY, NETOPIA_POS_SIGNATURE, NETOPIA_PUBLIC_KEY
 * (PEM: the public key or certificate from NETOPIA's admin) or NETOPIA_PUBLIC_KEY_PATH,
 * NETOPIA_SANDBOX (default true), NETOPIA_BASE_URL (only to point at a stand-in), and
 * NETOPIA_TIMEOUT_MS (default 15 s per request).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { compactVerify, errors as joseErrors } from 'jose';
import { z } from 'zod';
import type { TNotificationReply, TPaymentNotification, TPaymentProvider, TPaymentStart, TProviderStatus } from '@/lib/payments/provider';

export const NETOPIA_LIVE_URL = 'https://secure.mobilpay.ro/pay';
export const NETOPIA_SANDBOX_URL = 'https://secure.sandbox.netopia-payments.com';

/** ISO 3166 numeric code of Romania, the billing country NETOPIA expects as a number. */
const ROMANIA = 642;
/** NETOPIA signs its notifications RS512; the RSA family only, never `none` or a shared secret. */
const IPN_ALGORITHMS = ['RS256', 'RS384', 'RS512'];
const IPN_ISSUER = 'NETOPIA Payments';
/** Clock difference tolerated between NETOPIA and the portal when checking exp/nbf/iat. */
const CLOCK_TOLERANCE_S = 60;
/** A token that carries no exp is accepted only this long after its iat. */
const MAX_TOKEN_AGE_S = 24 * 60 * 60;
/** A notification is a few hundred bytes; anything far larger is not NETOPIA's. */
const MAX_NOTIFICATION_BYTES = 64 * 1024;
const MAX_TOKEN_CHARS = 10_240;
/** The start answer "redirect the payer to the hosted page" (no card data was sent). */
const START_REDIRECT = '101';
const APPROVED = new Set(['00', '0']);
/** payment.status 8: captured and then credited back. */
const STATUS_CREDIT = 8;
/** PHP SDK E_VERIFICATION_FAILED_GENERAL, the code NETOPIA's own example answers a refused IPN with. */
const E_VERIFICATION_FAILED_GENERAL = 0x10000101;

// ---------------------------------------------------------------------------------------------
// Configuration

const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const required = (name: string) =>
  z.preprocess(blankAsUnset, z.string({ error: `${name} is required when PAYMENT_PROVIDER=netopia` }).trim().min(1, `${name} is required when PAYMENT_PROVIDER=netopia`));

const ZNetopiaEnvSchema = z
  .object({
    NETOPIA_API_KEY: required('NETOPIA_API_KEY'),
    NETOPIA_POS_SIGNATURE: required('NETOPIA_POS_SIGNATURE'),
    NETOPIA_PUBLIC_KEY: z.preprocess(blankAsUnset, z.string().optional()),
    NETOPIA_PUBLIC_KEY_PATH: z.preprocess(blankAsUnset, z.string().optional()),
    NETOPIA_SANDBOX: z.preprocess(
      blankAsUnset,
      z
        .enum(['1', '0', 'true', 'false', 'yes', 'no'], { error: 'NETOPIA_SANDBOX must be true or false' })
        .default('true')
        .transform((v) => v === '1' || v === 'true' || v === 'yes'),
    ),
    NETOPIA_BASE_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^https?$/, error: 'NETOPIA_BASE_URL must be an http(s) URL' }).optional()),
    NETOPIA_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().min(50).max(120_000).default(15_000)),
  });
const MISSING_PUBLIC_KEY = 'NETOPIA_PUBLIC_KEY (PEM) or NETOPIA_PUBLIC_KEY_PATH is required when PAYMENT_PROVIDER=netopia: the IPN signature cannot be checked without it';

type TNetopiaConfig = {
  apiKey: string;
  posSignature: string;
  publicKey: crypto.KeyObject;
  baseUrl: string;
  sandbox: boolean;
  timeoutMs: number;
};

type TEnv = Record<string, string | undefined>;

function readPublicKey(pem: string | undefined, path: string | undefined): crypto.KeyObject {
  let text = pem;
  if (!text && path) {
    try {
      text = fs.readFileSync(path, 'utf8');
    } catch {
      throw new Error(`NETOPIA_PUBLIC_KEY_PATH: cannot read ${path}`);
    }
  }
  // Env files often carry the PEM on one line with literal "\n".
  const normalized = (text ?? '').replace(/\\n/g, '\n').trim();
  if (/PRIVATE KEY/.test(normalized)) throw new Error('NETOPIA public key: a private key was given; use the public key or certificate NETOPIA issued');
  let key: crypto.KeyObject;
  try {
    // A SPKI "PUBLIC KEY" or the X.509 "CERTIFICATE" NETOPIA's admin offers for download.
    key = crypto.createPublicKey(normalized);
  } catch {
    throw new Error('NETOPIA public key is not a PEM public key or certificate');
  }
  if (key.asymmetricKeyType !== 'rsa') throw new Error('NETOPIA public key must be an RSA key');
  return key;
}

function buildConfig(env: TEnv): TNetopiaConfig {
  const parsed = ZNetopiaEnvSchema.safeParse(env);
  // Every problem at once, so that one start names all that is missing.
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  if (!env.NETOPIA_PUBLIC_KEY?.trim() && !env.NETOPIA_PUBLIC_KEY_PATH?.trim()) problems.push(MISSING_PUBLIC_KEY);
  if (!parsed.success || problems.length > 0) throw new Error(`NETOPIA configuration: ${problems.join('; ')}`);
  const v = parsed.data;
  return {
    apiKey: v.NETOPIA_API_KEY,
    posSignature: v.NETOPIA_POS_SIGNATURE,
    publicKey: readPublicKey(v.NETOPIA_PUBLIC_KEY, v.NETOPIA_PUBLIC_KEY_PATH),
    baseUrl: (v.NETOPIA_BASE_URL ?? (v.NETOPIA_SANDBOX ? NETOPIA_SANDBOX_URL : NETOPIA_LIVE_URL)).replace(/\/+$/, ''),
    sandbox: v.NETOPIA_SANDBOX,
    timeoutMs: v.NETOPIA_TIMEOUT_MS,
  };
}

const CONFIG_KEYS = ['NETOPIA_API_KEY', 'NETOPIA_POS_SIGNATURE', 'NETOPIA_PUBLIC_KEY', 'NETOPIA_PUBLIC_KEY_PATH', 'NETOPIA_SANDBOX', 'NETOPIA_BASE_URL', 'NETOPIA_TIMEOUT_MS'];
let cached: { fingerprint: string; config: TNetopiaConfig } | null = null;

/** The configuration, parsed again only when the environment changed (tests switch it). */
function config(): TNetopiaConfig {
  const fingerprint = JSON.stringify(CONFIG_KEYS.map((k) => process.env[k] ?? null));
  if (cached?.fingerprint !== fingerprint) cached = { fingerprint, config: buildConfig(process.env) };
  return cached.config;
}

/** What is missing or wrong in NETOPIA's configuration, for lib/env.ts; null when it is complete. */
export function netopiaConfigProblem(env: TEnv = process.env): string | null {
  try {
    buildConfig(env);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function isSandbox(env: TEnv): boolean {
  const v = env.NETOPIA_SANDBOX?.trim().toLowerCase();
  return !(v === '0' || v === 'false' || v === 'no');
}

// ---------------------------------------------------------------------------------------------
// Amounts: the portal counts bani, NETOPIA lei with decimals.

/** 12345 bani → 123.45 lei (n / 100 is the double nearest to the decimal, as JSON writes it). */
export function baniToLei(amountBani: number): number {
  if (!Number.isSafeInteger(amountBani) || amountBani < 0) throw new Error(`Invalid amount in bani: ${amountBani}`);
  return amountBani / 100;
}

/** 123.45 lei → 12345 bani; null when the amount is not lei with at most two decimals. */
export function leiToBani(amountLei: number): number | null {
  if (typeof amountLei !== 'number' || !Number.isFinite(amountLei) || amountLei < 0) return null;
  const bani = Math.round(amountLei * 100);
  // Exact: a value with at most two decimals is the double nearest to bani / 100.
  if (!Number.isSafeInteger(bani) || bani / 100 !== amountLei) return null;
  return bani;
}

/** NETOPIA's payment.status (go-sdk ipn_verification.go, sdk-php Ipn.php) in the portal's words. */
export function mapNetopiaStatus(status: number): TProviderStatus {
  switch (status) {
    case 3: // paid (captured)
    case 5: // confirmed
      return 'paid';
    case 8: // credit: captured, then refunded
      return 'refunded';
    case 4: // canceled (void)
    case 11: // error
    case 12: // declined
    case 13: // fraud
    case 23: // expired: an unpaid order closed
      return 'failed';
    default: // 1 new, 2 opened, 6 pending, 14 pending authorization, 15 3-D Secure, …
      return 'pending';
  }
}

// ---------------------------------------------------------------------------------------------
// The wire format

const ZCode = z.union([z.string(), z.number()]).transform(String);
const ZNtpId = z.union([z.string().min(1), z.number().int()]).transform(String);
const ZErrorBlock = z.looseObject({ code: ZCode, message: z.string().optional() });

export const ZNetopiaStartRequestSchema = z.strictObject({
  config: z.strictObject({
    emailTemplate: z.string(),
    notifyUrl: z.url({ protocol: /^https?$/ }),
    redirectUrl: z.url({ protocol: /^https?$/ }),
    language: z.enum(['ro', 'en']),
  }),
  payment: z.strictObject({
    options: z.strictObject({ installments: z.literal(1), bonus: z.literal(0) }),
  }),
  order: z.strictObject({
    ntpID: z.literal(''),
    posSignature: z.string().min(1),
    dateTime: z.iso.datetime(),
    description: z.string().min(1),
    orderID: z.string().min(1),
    amount: z.number().positive(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    billing: z.strictObject({
      email: z.email(),
      phone: z.string(),
      firstName: z.string().min(1),
      lastName: z.string().min(1),
      city: z.string(),
      country: z.literal(ROMANIA),
      state: z.string(),
      postalCode: z.string(),
      details: z.string(),
    }),
    products: z.array(z.strictObject({ name: z.string().min(1), code: z.string().min(1), category: z.string(), price: z.number().nonnegative(), vat: z.number() })),
    installments: z.strictObject({ selected: z.literal(1), available: z.tuple([z.literal(0)]) }),
    data: z.record(z.string(), z.string()),
  }),
});
export type TNetopiaStartRequest = z.infer<typeof ZNetopiaStartRequestSchema>;

const ZStartResponseSchema = z.looseObject({
  error: ZErrorBlock,
  payment: z.looseObject({ ntpID: ZNtpId.optional(), paymentURL: z.string().optional() }).optional(),
});

export const ZNetopiaStatusRequestSchema = z.strictObject({ posID: z.string().min(1), ntpID: z.string().min(1), orderID: z.string().min(1) });

const ZStatusResponseSchema = z.looseObject({
  payment: z.looseObject({ ntpID: ZNtpId.optional(), status: z.number().int(), amount: z.number() }),
  order: z.looseObject({ orderID: z.string().optional() }).optional(),
});

export const ZNetopiaCreditRequestSchema = z.strictObject({ ntpID: z.string().min(1), amount: z.number().positive(), split: z.array(z.never()) });

const ZCreditResponseSchema = z.looseObject({
  error: ZErrorBlock,
  payment: z.looseObject({ status: z.number().int(), amount: z.number().optional() }).optional(),
});

/** The notification body: only the fields the portal reads are checked. */
const ZNotificationBodySchema = z.looseObject({
  order: z.looseObject({ orderID: z.string().min(1) }),
  payment: z.looseObject({ ntpID: ZNtpId, status: z.number().int(), amount: z.number(), currency: z.string().optional() }),
});

const ZNumericDate = z.number();
const ZNotificationClaimsSchema = z.looseObject({
  iss: z.literal(IPN_ISSUER),
  aud: z.union([z.string(), z.array(z.string())]),
  sub: z.string().min(1),
  exp: ZNumericDate.optional(),
  nbf: ZNumericDate.optional(),
  iat: ZNumericDate.optional(),
});

// ---------------------------------------------------------------------------------------------
// HTTP

/** An error message from NETOPIA or the network, short and without the API key in it. */
function clean(text: string, apiKey: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return apiKey ? oneLine.split(apiKey).join('[redacted]') : oneLine;
}

async function postJson<T>(cfg: TNetopiaConfig, path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
  const what = `NETOPIA ${path}`;
  let response: Response;
  try {
    response = await fetch(`${cfg.baseUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: cfg.apiKey, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(cfg.timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new Error(`${what}: no answer within ${cfg.timeoutMs} ms`);
    throw new Error(`${what}: cannot reach NETOPIA (${clean((error as Error).message, cfg.apiKey)})`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    throw new Error(name === 'TimeoutError' || name === 'AbortError' ? `${what}: no answer within ${cfg.timeoutMs} ms` : `${what}: the answer could not be read`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const message = ZErrorBlock.safeParse((json as { error?: unknown } | undefined)?.error);
    const detail = message.success ? ` (code ${message.data.code}${message.data.message ? `: ${clean(message.data.message, cfg.apiKey)}` : ''})` : '';
    throw new Error(`${what}: HTTP ${response.status}${detail}`);
  }
  if (json === undefined) throw new Error(`${what}: the answer is not JSON`);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    throw new Error(`${what}: unexpected answer (${fields})`);
  }
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// The operations

function startRequest(cfg: TNetopiaConfig, input: TPaymentStart): TNetopiaStartRequest {
  return ZNetopiaStartRequestSchema.parse({
    config: { emailTemplate: 'confirm', notifyUrl: input.notifyUrl, redirectUrl: input.returnUrl, language: input.locale },
    // No `instrument`: the payer enters the card on NETOPIA's hosted page, never on the portal.
    payment: { options: { installments: 1, bonus: 0 } },
    order: {
      ntpID: '',
      posSignature: cfg.posSignature,
      dateTime: new Date().toISOString(),
      description: input.description,
      orderID: input.orderId,
      amount: baniToLei(input.amountBani),
      currency: input.currency,
      billing: {
        email: input.payer.email,
        phone: input.payer.phone ?? '',
        firstName: input.payer.firstName,
        lastName: input.payer.lastName,
        city: input.payer.city ?? '',
        country: ROMANIA,
        state: '',
        postalCode: input.payer.postalCode ?? '',
        details: input.payer.address ?? '',
      },
      products: input.items.map((item) => ({ name: item.label, code: item.code, category: 'taxe', price: baniToLei(item.amountBani), vat: 0 })),
      installments: { selected: 1, available: [0] },
      data: {},
    },
  });
}

async function startPayment(input: TPaymentStart) {
  const cfg = config();
  const answer = await postJson(cfg, '/payment/card/start', startRequest(cfg, input), ZStartResponseSchema);
  if (answer.error.code !== START_REDIRECT) {
    throw new Error(`NETOPIA refused the payment (code ${answer.error.code}${answer.error.message ? `: ${clean(answer.error.message, cfg.apiKey)}` : ''})`);
  }
  const url = answer.payment?.paymentURL;
  const ntpID = answer.payment?.ntpID;
  if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url) || !ntpID) throw new Error('NETOPIA /payment/card/start: the answer has no payment page or ntpID');
  return { redirectUrl: url, providerPaymentId: ntpID };
}

async function queryStatus(payment: { orderId: string; providerPaymentId: string }) {
  const cfg = config();
  const body = ZNetopiaStatusRequestSchema.parse({ posID: cfg.posSignature, ntpID: payment.providerPaymentId, orderID: payment.orderId });
  const answer = await postJson(cfg, '/operation/status', body, ZStatusResponseSchema);
  if (answer.payment.ntpID !== undefined && answer.payment.ntpID !== payment.providerPaymentId) throw new Error('NETOPIA /operation/status: the answer is about another payment');
  if (answer.order?.orderID !== undefined && answer.order.orderID !== payment.orderId) throw new Error('NETOPIA /operation/status: the answer is about another order');
  const amountBani = leiToBani(answer.payment.amount);
  if (amountBani === null) throw new Error(`NETOPIA /operation/status: amount ${answer.payment.amount} is not lei with two decimals`);
  return { status: mapNetopiaStatus(answer.payment.status), amountBani };
}

async function refund(payment: { orderId: string; providerPaymentId: string; amountBani: number }) {
  const cfg = config();
  const amount = baniToLei(payment.amountBani);
  // Not in the public v2 documents we follow: the body NETOPIA's CS-Cart module sends (a single
  // POS, so no split), approved only on error.code "00"/"0" with payment.status 8 (credit).
  const body = ZNetopiaCreditRequestSchema.parse({ ntpID: payment.providerPaymentId, amount, split: [] });
  const answer = await postJson(cfg, '/operation/credit', body, ZCreditResponseSchema);
  if (!APPROVED.has(answer.error.code)) {
    throw new Error(`NETOPIA refused the refund (code ${answer.error.code}${answer.error.message ? `: ${clean(answer.error.message, cfg.apiKey)}` : ''})`);
  }
  if (answer.payment?.status !== STATUS_CREDIT) throw new Error(`NETOPIA /operation/credit: payment status ${answer.payment?.status ?? 'missing'}, not 8 (credit): nothing was refunded`);
  // A credit approved for another amount than asked is not the refund the tax office ordered.
  if (answer.payment.amount !== undefined && leiToBani(answer.payment.amount) !== payment.amountBani) {
    throw new Error(`NETOPIA /operation/credit: credited ${answer.payment.amount} lei, asked ${amount}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The notification (IPN)

/** Seconds since the epoch; NETOPIA's PHP SDK compares in milliseconds, so a huge value is taken as such. */
const toSeconds = (value: number) => (value > 1e11 ? value / 1000 : value);

function timeClaimsHold(claims: { exp?: number; nbf?: number; iat?: number }, nowS: number): boolean {
  const exp = claims.exp === undefined ? undefined : toSeconds(claims.exp);
  const nbf = claims.nbf === undefined ? undefined : toSeconds(claims.nbf);
  const iat = claims.iat === undefined ? undefined : toSeconds(claims.iat);
  // A token must end: by its exp, or a day after it was issued.
  if (exp === undefined && iat === undefined) return false;
  if (exp !== undefined && exp <= nowS - CLOCK_TOLERANCE_S) return false;
  if (nbf !== undefined && nbf > nowS + CLOCK_TOLERANCE_S) return false;
  if (iat !== undefined && iat > nowS + CLOCK_TOLERANCE_S) return false;
  if (exp === undefined && iat !== undefined && iat < nowS - MAX_TOKEN_AGE_S) return false;
  return true;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

async function readBody(request: Request): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_NOTIFICATION_BYTES) return null;
  const bytes = new Uint8Array(await request.arrayBuffer());
  return bytes.byteLength > MAX_NOTIFICATION_BYTES ? null : bytes;
}

/**
 * The notification, when its Verification-token is a JWT that NETOPIA's key signed (RS256/384/512)
 * with iss "NETOPIA Payments", aud naming this POS, sub = base64(SHA-512(raw body)) and time
 * claims that hold; otherwise null. The outcome is read from the body the token covers.
 */
async function parseNotification(request: Request): Promise<TPaymentNotification | null> {
  const cfg = config();
  const token = request.headers.get('verification-token')?.trim();
  if (!token || token.length > MAX_TOKEN_CHARS) return null;
  const body = await readBody(request);
  if (!body) return null;

  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(token, cfg.publicKey, { algorithms: IPN_ALGORITHMS }));
  } catch (error) {
    if (error instanceof joseErrors.JOSEError || error instanceof TypeError) return null;
    throw error;
  }
  let claimsJson: unknown;
  try {
    claimsJson = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    return null;
  }
  const claims = ZNotificationClaimsSchema.safeParse(claimsJson);
  if (!claims.success) return null;
  const audience = Array.isArray(claims.data.aud) ? claims.data.aud : [claims.data.aud];
  if (!audience.some((aud) => sameText(aud, cfg.posSignature))) return null;
  if (!timeClaimsHold(claims.data, Math.floor(Date.now() / 1000))) return null;
  const bodyHash = crypto.createHash('sha512').update(body).digest('base64');
  if (!sameText(claims.data.sub, bodyHash)) return null;

  let bodyJson: unknown;
  try {
    bodyJson = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return null;
  }
  const ipn = ZNotificationBodySchema.safeParse(bodyJson);
  if (!ipn.success) return null;
  // Every payment the portal opens is in RON; an amount in another currency cannot be compared.
  if (ipn.data.payment.currency !== undefined && ipn.data.payment.currency !== 'RON') return null;
  const amountBani = leiToBani(ipn.data.payment.amount);
  if (amountBani === null) return null;
  return { orderId: ipn.data.order.orderID, providerPaymentId: ipn.data.payment.ntpID, status: mapNetopiaStatus(ipn.data.payment.status), amountBani };
}

/** The answer NETOPIA expects (sdk-php Ipn.php): errorType 0 accepted, 1 temporary (it retries), 2 permanent. */
function notificationResponse(reply: TNotificationReply): Response {
  const body =
    reply === 'accepted'
      ? { errorType: 0, errorCode: null, errorMessage: '' }
      : reply === 'retry'
        ? { errorType: 1, errorCode: null, errorMessage: 'Temporary failure, please retry the notification' }
        : { errorType: 2, errorCode: E_VERIFICATION_FAILED_GENERAL, errorMessage: 'Notification refused' };
  return Response.json(body, { status: 200 });
}

export const netopiaProvider: TPaymentProvider = {
  id: 'netopia',
  label: { ro: 'NETOPIA Payments', en: 'NETOPIA Payments' },
  // The sandbox moves no money: the payment pages say so (a staging server may use it).
  get test() {
    return isSandbox(process.env);
  },
  configProblem: netopiaConfigProblem,
  startPayment,
  parseNotification,
  notificationResponse,
  queryStatus,
  refund,
};
