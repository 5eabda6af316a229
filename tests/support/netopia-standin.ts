/**
 * A local stand-in for NETOPIA Payments API v2 (see lib/payments/providers/netopia.ts for the
 * documents), so that the provider and the payment flow are tested without the network: an HTTP
 * server on a free loopback port that answers /payment/card/start, /operation/status and
 * /operation/credit as NETOPIA does, keeps its orders in memory, and lets a test decide what became
 * of a payment and POST the signed notification (IPN) to the order's notifyUrl, or a forged one.
 *
 * It holds its own RSA key pair: configure the provider with `standin.publicKeyPem`. The signing
 * helpers also work without a server (createNetopiaKeys, buildNotification) for unit tests.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { z } from 'zod';

export const STANDIN_API_KEY = 'standin-api-key-0123456789';
export const STANDIN_POS_SIGNATURE = 'TEST-STND-POS0-SIGN-0001';

export type TNetopiaKeys = { privateKey: crypto.KeyObject; publicKeyPem: string };

export function createNetopiaKeys(): TNetopiaKeys {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/** The ways a test forges or spoils a notification; 'none' is the genuine one. */
export type TIpnTamper =
  | 'none'
  | 'bad-signature'
  | 'other-key'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'changed-body'
  | 'expired'
  | 'not-yet-valid'
  | 'alg-none'
  | 'hs256'
  | 'no-header';

export type TNotification = { body: string; headers: Record<string, string> };

export type TNotificationInput = {
  keys: TNetopiaKeys;
  posSignature: string;
  orderID: string;
  ntpID: string;
  status: number;
  /** Lei, as NETOPIA writes it. */
  amount: number;
  currency?: string;
  tamper?: TIpnTamper;
  /** Signing algorithm of the genuine token; NETOPIA uses RS512. */
  alg?: 'RS256' | 'RS384' | 'RS512';
};

let otherKeys: TNetopiaKeys | null = null;
const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/** The IPN body as NETOPIA POSTs it: the order it belongs to and the payment block. */
export function notificationBody(input: { orderID: string; ntpID: string; status: number; amount: number; currency?: string }): string {
  return JSON.stringify({
    order: { orderID: input.orderID },
    payment: {
      method: 'card',
      allowedMethods: ['card'],
      ntpID: input.ntpID,
      status: input.status,
      amount: input.amount,
      currency: input.currency ?? 'RON',
      token: '',
      operationDate: new Date().toISOString(),
      options: { installments: 1, bonus: 0 },
      instrument: { panMasked: '9****5098', panCategory: 'card', issuer: 'Netopia GB', country: 642 },
      data: { AuthCode: 'T3st', BIN: '990000', ISSUER: 'Netopia GB', ISSUER_COUNTRY: '642', RRN: crypto.randomBytes(6).toString('base64url') },
    },
  });
}

/** A notification with its Verification-token: genuine, or spoiled the way `tamper` says. */
export async function buildNotification(input: TNotificationInput): Promise<TNotification> {
  const tamper = input.tamper ?? 'none';
  const body = notificationBody(input);
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: tamper === 'wrong-issuer' ? 'NETOPIA Payments Test' : 'NETOPIA Payments',
    aud: [tamper === 'wrong-audience' ? 'OTHR-POS0-SIGN-0000-0002' : input.posSignature],
    sub: crypto.createHash('sha512').update(body).digest('base64'),
    iat: tamper === 'expired' ? now - 3600 : now,
    nbf: tamper === 'expired' ? now - 3600 : tamper === 'not-yet-valid' ? now + 3600 : now,
    exp: tamper === 'expired' ? now - 1800 : now + 300,
  };
  let token: string;
  if (tamper === 'alg-none') {
    token = `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.`;
  } else if (tamper === 'hs256') {
    // The classic confusion: an HMAC keyed with the (public) verification key.
    const signingInput = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
    token = `${signingInput}.${crypto.createHmac('sha256', input.keys.publicKeyPem).update(signingInput).digest('base64url')}`;
  } else {
    if (tamper === 'other-key') otherKeys ??= createNetopiaKeys();
    const key = tamper === 'other-key' ? (otherKeys as TNetopiaKeys).privateKey : input.keys.privateKey;
    token = await new SignJWT(claims).setProtectedHeader({ alg: input.alg ?? 'RS512', typ: 'JWT' }).sign(key);
    if (tamper === 'bad-signature') {
      const [h, p, s = ''] = token.split('.');
      const bytes = Buffer.from(s, 'base64url');
      const i = Math.floor(bytes.length / 2);
      bytes[i] = (bytes[i] ?? 0) ^ 0x01;
      token = `${h}.${p}.${bytes.toString('base64url')}`;
    }
  }
  // The token covers the paid amount; the body that arrives says something else.
  const sent = tamper === 'changed-body' ? notificationBody({ ...input, amount: input.amount + 1 }) : body;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (tamper !== 'no-header') headers['Verification-token'] = token;
  return { body: sent, headers };
}

/** The notification as the Request the portal's route receives. */
export function notificationRequest(url: string, notification: TNotification): Request {
  return new Request(url, { method: 'POST', headers: notification.headers, body: notification.body });
}

// ---------------------------------------------------------------------------------------------
// The server

export type TStandinEndpoint = 'start' | 'status' | 'credit';
const PATHS: Record<string, TStandinEndpoint> = { '/payment/card/start': 'start', '/operation/status': 'status', '/operation/credit': 'credit' };

export type TStandinOrder = {
  ntpID: string;
  orderID: string;
  /** Lei. */
  amount: number;
  currency: string;
  notifyUrl: string;
  redirectUrl: string;
  status: number;
  /** Lei credited back so far. */
  credited: number;
  lastNotification: TNotification | null;
};

export type TRecordedRequest = { endpoint: TStandinEndpoint; authorization: string | undefined; contentType: string | undefined; body: unknown };
export type TNotifyResult = { status: number; body: unknown };

export type TNetopiaStandin = {
  url: string;
  apiKey: string;
  posSignature: string;
  keys: TNetopiaKeys;
  publicKeyPem: string;
  /** Every request, in order, as it arrived (also the refused ones). */
  requests: TRecordedRequest[];
  counts: Record<TStandinEndpoint, number>;
  order(ntpID: string): TStandinOrder | undefined;
  orderByOrderId(orderID: string): TStandinOrder | undefined;
  /** The payer finished on NETOPIA's page: the order takes `status` and NETOPIA notifies the portal. */
  complete(ntpID: string, outcome: { status: number; amount?: number }): Promise<TNotifyResult>;
  /** The order changes without a notification (one that never arrives); /operation/status tells it. */
  setStatus(ntpID: string, status: number): void;
  /** A notification for the order's current state, genuine or spoiled, without sending it. */
  notification(ntpID: string, options?: { tamper?: TIpnTamper; status?: number; amount?: number }): Promise<TNotification>;
  /** Builds and POSTs a (possibly spoiled) notification for the order to its notifyUrl. */
  notify(ntpID: string, options?: { tamper?: TIpnTamper; status?: number; amount?: number }): Promise<TNotifyResult>;
  /** POSTs again, byte for byte, the last notification sent for the order. */
  replay(ntpID: string): Promise<TNotifyResult>;
  /** The next request to `endpoint` gets this answer instead (an HTTP error or a malformed body). */
  failNext(endpoint: TStandinEndpoint, answer: { httpStatus: number; body: string }): void;
  /** The next request to `endpoint` is never answered (until close). */
  hangNext(endpoint: TStandinEndpoint): void;
  close(): Promise<void>;
};

const ZUrl = z.url({ protocol: /^https?$/ });
const ZStartBody = z.object({
  config: z.object({ emailTemplate: z.string(), notifyUrl: ZUrl, redirectUrl: ZUrl, language: z.string().length(2) }),
  payment: z.object({ options: z.object({ installments: z.number().int(), bonus: z.number().int() }), instrument: z.unknown().optional() }),
  order: z.object({
    ntpID: z.string(),
    posSignature: z.string(),
    dateTime: z.iso.datetime({ offset: true }),
    description: z.string().min(1),
    orderID: z.string().min(1),
    amount: z.number().positive(),
    currency: z.string().length(3),
    billing: z.object({
      email: z.string(),
      phone: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      city: z.string(),
      country: z.number().int(),
      state: z.string(),
      postalCode: z.string(),
      details: z.string(),
    }),
    products: z.array(z.object({ name: z.string(), code: z.string(), category: z.string(), price: z.number(), vat: z.number() })),
    installments: z.object({ selected: z.number().int(), available: z.array(z.number().int()) }),
    data: z.record(z.string(), z.unknown()),
  }),
});
const ZStatusBody = z.object({ posID: z.string(), ntpID: z.string().min(1), orderID: z.string().min(1) });
const ZCreditBody = z.object({ ntpID: z.string().min(1), amount: z.number().positive(), split: z.array(z.unknown()).optional() });

const MAX_BODY = 256 * 1024;
const lei = (n: number) => Math.round(n * 100) / 100;

export async function startNetopiaStandin(options: { apiKey?: string; posSignature?: string } = {}): Promise<TNetopiaStandin> {
  const apiKey = options.apiKey ?? STANDIN_API_KEY;
  const posSignature = options.posSignature ?? STANDIN_POS_SIGNATURE;
  const keys = createNetopiaKeys();
  const orders = new Map<string, TStandinOrder>();
  const requests: TRecordedRequest[] = [];
  const counts: Record<TStandinEndpoint, number> = { start: 0, status: 0, credit: 0 };
  const failures = new Map<TStandinEndpoint, { httpStatus: number; body: string }>();
  const hangs = new Set<TStandinEndpoint>();
  const hanging: http.ServerResponse[] = [];
  let nextNtpId = 1_300_000 + crypto.randomInt(100_000);

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const error = (res: http.ServerResponse, status: number, code: string, message: string) => send(res, status, { error: { code, message } });

  function handle(endpoint: TStandinEndpoint, body: unknown, res: http.ServerResponse) {
    if (endpoint === 'start') {
      const parsed = ZStartBody.safeParse(body);
      if (!parsed.success) return error(res, 400, '400', `Bad request: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
      const { order, config } = parsed.data;
      if (order.posSignature !== posSignature) return error(res, 400, '400', 'Invalid posSignature');
      // Card data on the merchant's side is not what the portal does; the stand-in only hosts the page.
      if (parsed.data.payment.instrument !== undefined) return error(res, 400, '400', 'The stand-in only serves the hosted payment page');
      if ([...orders.values()].some((o) => o.orderID === order.orderID)) return send(res, 200, { error: { code: '56', message: 'Duplicated Order ID' } });
      const ntpID = String(nextNtpId++);
      orders.set(ntpID, { ntpID, orderID: order.orderID, amount: order.amount, currency: order.currency, notifyUrl: config.notifyUrl, redirectUrl: config.redirectUrl, status: 1, credited: 0, lastNotification: null });
      return send(res, 200, {
        customerAction: {},
        error: { code: '101', message: 'Redirect user to payment page' },
        payment: { amount: order.amount, currency: order.currency, ntpID, status: 1, paymentURL: `${standin.url}/pay/${ntpID}` },
      });
    }
    if (endpoint === 'status') {
      const parsed = ZStatusBody.safeParse(body);
      if (!parsed.success) return error(res, 400, '400', 'Bad request');
      if (parsed.data.posID !== posSignature) return error(res, 400, '400', 'Invalid posID');
      const order = orders.get(parsed.data.ntpID);
      if (!order || order.orderID !== parsed.data.orderID) return error(res, 404, '404', 'Order not found');
      return send(res, 200, {
        error: { code: '00', message: 'Approved' },
        order: { orderID: order.orderID, amount: order.amount, currency: order.currency },
        payment: { ntpID: order.ntpID, status: order.status, amount: order.amount, currency: order.currency },
      });
    }
    const parsed = ZCreditBody.safeParse(body);
    if (!parsed.success) return error(res, 400, '400', 'Bad request');
    const order = orders.get(parsed.data.ntpID);
    if (!order) return error(res, 404, '404', 'Order not found');
    const refundable = (order.status === 3 || order.status === 5) && lei(order.credited + parsed.data.amount) <= order.amount;
    if (!refundable) return send(res, 200, { error: { code: '99', message: 'Operation not allowed' }, payment: { ntpID: order.ntpID, status: order.status, amount: order.amount } });
    order.credited = lei(order.credited + parsed.data.amount);
    order.status = 8;
    return send(res, 200, { error: { code: '00', message: 'Approved' }, payment: { ntpID: order.ntpID, status: 8, amount: parsed.data.amount, currency: order.currency } });
  }

  const server = http.createServer((req, res) => {
    const endpoint = req.method === 'POST' ? PATHS[req.url ?? ''] : undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      if (!endpoint) return error(res, 404, '404', 'Not found');
      counts[endpoint] += 1;
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      const authorization = req.headers.authorization;
      requests.push({ endpoint, authorization, contentType: req.headers['content-type'], body });
      if (hangs.delete(endpoint)) return void hanging.push(res);
      const failure = failures.get(endpoint);
      if (failure) {
        failures.delete(endpoint);
        res.writeHead(failure.httpStatus, { 'Content-Type': 'application/json' });
        return void res.end(failure.body);
      }
      if (authorization !== apiKey) return error(res, 401, '401', 'Unauthorized');
      if (size > MAX_BODY || body === undefined) return error(res, 400, '400', 'Bad request: not JSON');
      handle(endpoint, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const mustFind = (ntpID: string) => {
    const order = orders.get(ntpID);
    if (!order) throw new Error(`The stand-in has no order ${ntpID}`);
    return order;
  };

  async function post(order: TStandinOrder, notification: TNotification): Promise<TNotifyResult> {
    order.lastNotification = notification;
    const response = await fetch(order.notifyUrl, { method: 'POST', headers: notification.headers, body: notification.body, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: returned as text, for the test to see.
    }
    return { status: response.status, body };
  }

  const standin: TNetopiaStandin = {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    posSignature,
    keys,
    publicKeyPem: keys.publicKeyPem,
    requests,
    counts,
    order: (ntpID) => orders.get(ntpID),
    orderByOrderId: (orderID) => [...orders.values()].find((o) => o.orderID === orderID),
    async complete(ntpID, outcome) {
      const order = mustFind(ntpID);
      order.status = outcome.status;
      return standin.notify(ntpID, { amount: outcome.amount });
    },
    setStatus(ntpID, status) {
      mustFind(ntpID).status = status;
    },
    async notification(ntpID, opts = {}) {
      const order = mustFind(ntpID);
      return buildNotification({
        keys,
        posSignature,
        orderID: order.orderID,
        ntpID,
        status: opts.status ?? order.status,
        amount: opts.amount ?? order.amount,
        currency: order.currency,
        tamper: opts.tamper,
      });
    },
    async notify(ntpID, opts = {}) {
      return post(mustFind(ntpID), await standin.notification(ntpID, opts));
    },
    async replay(ntpID) {
      const order = mustFind(ntpID);
      if (!order.lastNotification) throw new Error(`No notification was sent for order ${ntpID}`);
      return post(order, order.lastNotification);
    },
    failNext(endpoint, answer) {
      failures.set(endpoint, answer);
    },
    hangNext(endpoint) {
      hangs.add(endpoint);
    },
    async close() {
      for (const res of hanging.splice(0)) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
  return standin;
}
