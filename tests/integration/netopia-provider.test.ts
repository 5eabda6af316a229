/**
 * The NETOPIA provider against the local stand-in (tests/support/netopia-standin.ts), over real
 * sockets and without a database: the requests it sends are the documented ones, the answers it
 * gets are read as NETOPIA writes them, and errors, refusals and silence all throw.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TPaymentNotification, TPaymentStart } from '@/lib/payments/provider';
import { netopiaProvider } from '@/lib/payments/providers/netopia';
import { startNetopiaStandin, type TNetopiaStandin } from '@/tests/support/netopia-standin';

let standin: TNetopiaStandin;
let portal: http.Server;
let notifyUrl: string;
/** What the portal's notification route read, one entry per notification (null: it did not verify). */
const received: (TPaymentNotification | null)[] = [];
const saved = new Map<string, string | undefined>();

function setEnv(values: Record<string, string>) {
  for (const [k, v] of Object.entries(values)) {
    if (!saved.has(k)) saved.set(k, process.env[k]);
    process.env[k] = v;
  }
}

/** A stand-in for the portal's callback route: the provider reads the IPN and answers NETOPIA. */
function startPortal(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const notification = await netopiaProvider.parseNotification(new Request(`http://127.0.0.1${req.url}`, { method: 'POST', headers, body: Buffer.concat(chunks) }));
      received.push(notification);
      const reply = netopiaProvider.notificationResponse(notification ? 'accepted' : 'rejected');
      res.writeHead(reply.status, { 'Content-Type': reply.headers.get('content-type') ?? 'application/json' });
      res.end(await reply.text());
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let seq = 0;
function start(overrides: Partial<TPaymentStart> = {}): TPaymentStart {
  seq += 1;
  return {
    orderId: `PAY-${seq}-${Date.now()}`,
    amountBani: 15050,
    currency: 'RON',
    description: 'Impozit clădiri 2026, Roman',
    payer: { email: 'ion.popescu@example.ro', firstName: 'Ion', lastName: 'Popescu', phone: '0722000000', city: 'Roman', postalCode: '611001', address: 'Str. Ștefan cel Mare 1' },
    locale: 'ro',
    returnUrl: 'http://portal.test/taxes/payments/p1',
    notifyUrl,
    items: [
      { code: 'IMP-CLAD-2026', label: 'Impozit clădiri 2026', amountBani: 10050 },
      { code: 'IMP-TEREN-2026', label: 'Impozit teren 2026', amountBani: 5000 },
    ],
    ...overrides,
  };
}

function lastRequest() {
  const request = standin.requests.at(-1);
  if (!request) throw new Error('The stand-in received no request');
  return request;
}

beforeAll(async () => {
  standin = await startNetopiaStandin();
  portal = await startPortal();
  notifyUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/api/payments/netopia/callback`;
});

beforeEach(() => {
  setEnv({
    NETOPIA_API_KEY: standin.apiKey,
    NETOPIA_POS_SIGNATURE: standin.posSignature,
    NETOPIA_PUBLIC_KEY: standin.publicKeyPem,
    NETOPIA_PUBLIC_KEY_PATH: '',
    NETOPIA_SANDBOX: 'true',
    NETOPIA_BASE_URL: standin.url,
    NETOPIA_TIMEOUT_MS: '15000',
  });
  received.length = 0;
});

afterEach(() => {
  for (const [k, v] of saved) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  saved.clear();
});

afterAll(async () => {
  await standin.close();
  await new Promise<void>((resolve) => portal.close(() => resolve()));
});

describe('starting a payment', () => {
  it('sends the documented start request and returns the hosted page and the ntpID', async () => {
    const before = standin.counts.start;
    const input = start();
    const started = await netopiaProvider.startPayment(input);

    expect(standin.counts.start).toBe(before + 1);
    const request = lastRequest();
    expect(request).toMatchObject({ endpoint: 'start', authorization: standin.apiKey, contentType: 'application/json' });
    expect(request.body).toMatchObject({
      config: { notifyUrl, redirectUrl: input.returnUrl, language: 'ro' },
      payment: { options: { installments: 1, bonus: 0 } },
      order: {
        ntpID: '',
        posSignature: standin.posSignature,
        orderID: input.orderId,
        amount: 150.5,
        currency: 'RON',
        description: input.description,
        billing: { email: 'ion.popescu@example.ro', firstName: 'Ion', lastName: 'Popescu', phone: '0722000000', city: 'Roman', country: 642, postalCode: '611001', details: 'Str. Ștefan cel Mare 1' },
        products: [
          { name: 'Impozit clădiri 2026', code: 'IMP-CLAD-2026', price: 100.5, vat: 0 },
          { name: 'Impozit teren 2026', code: 'IMP-TEREN-2026', price: 50, vat: 0 },
        ],
        installments: { selected: 1, available: [0] },
      },
    });
    // The card is entered on NETOPIA's page, never sent by the portal.
    expect((request.body as { payment: object }).payment).not.toHaveProperty('instrument');
    expect(Number.isNaN(Date.parse((request.body as { order: { dateTime: string } }).order.dateTime))).toBe(false);

    const order = standin.orderByOrderId(input.orderId);
    expect(order).toMatchObject({ amount: 150.5, notifyUrl, redirectUrl: input.returnUrl, status: 1 });
    expect(started).toEqual({ redirectUrl: `${standin.url}/pay/${order?.ntpID}`, providerPaymentId: order?.ntpID });
  });

  it('sends empty strings for the payer details the portal does not have', async () => {
    await netopiaProvider.startPayment(start({ payer: { email: 'a@example.ro', firstName: 'Ana', lastName: 'Ionescu', phone: null, city: null, postalCode: null, address: null }, locale: 'en' }));
    expect(lastRequest().body).toMatchObject({ config: { language: 'en' }, order: { billing: { phone: '', city: '', postalCode: '', details: '', country: 642 } } });
  });

  it('throws when NETOPIA refuses the order (an order id already used)', async () => {
    const input = start();
    await netopiaProvider.startPayment(input);
    await expect(netopiaProvider.startPayment(input)).rejects.toThrow(/refused the payment \(code 56/);
  });

  it('throws on a wrong API key without writing the key in the message', async () => {
    setEnv({ NETOPIA_API_KEY: 'wrong-key-secret-0042' });
    const error = await netopiaProvider.startPayment(start()).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/HTTP 401/);
    expect((error as Error).message).not.toContain('wrong-key-secret-0042');
    expect(lastRequest().authorization).toBe('wrong-key-secret-0042');
  });

  it('throws on a POS signature NETOPIA does not know', async () => {
    setEnv({ NETOPIA_POS_SIGNATURE: 'UNKN-OWN0-POS0-SIGN-0000' });
    await expect(netopiaProvider.startPayment(start())).rejects.toThrow(/HTTP 400/);
  });

  it('throws on a server error, an answer that is not JSON, and one without a payment page', async () => {
    standin.failNext('start', { httpStatus: 502, body: '<html>Bad gateway</html>' });
    await expect(netopiaProvider.startPayment(start())).rejects.toThrow(/HTTP 502/);
    standin.failNext('start', { httpStatus: 200, body: 'OK' });
    await expect(netopiaProvider.startPayment(start())).rejects.toThrow(/not JSON/);
    standin.failNext('start', { httpStatus: 200, body: JSON.stringify({ error: { code: '101', message: 'Redirect' }, payment: { ntpID: '1' } }) });
    await expect(netopiaProvider.startPayment(start())).rejects.toThrow(/no payment page/);
    standin.failNext('start', { httpStatus: 200, body: JSON.stringify({ payment: { ntpID: '1', paymentURL: 'https://x.test' } }) });
    await expect(netopiaProvider.startPayment(start())).rejects.toThrow(/unexpected answer \(error\)/);
    standin.failNext('start', { httpStatus: 200, body: JSON.stringify({ error: { code: '101' }, payment: { ntpID: '1', paymentURL: 'javascript:alert(1)' } }) });
    await expect(netopiaProvider.startPayment(start())).rejects.toThrow(/no payment page/);
  });

  it('throws when NETOPIA does not answer in time', async () => {
    setEnv({ NETOPIA_TIMEOUT_MS: '300' });
    standin.hangNext('start');
    await expect(netopiaProvider.startPayment(start())).rejects.toThrow(/no answer within 300 ms/);
  });
});

async function openPayment() {
  const input = start();
  const started = await netopiaProvider.startPayment(input);
  return { orderId: input.orderId, providerPaymentId: started.providerPaymentId };
}

describe('the status of a payment', () => {
  it('asks /operation/status with posID, ntpID and orderID and maps the answer', async () => {
    const payment = await openPayment();
    expect(await netopiaProvider.queryStatus(payment)).toEqual({ status: 'pending', amountBani: 15050 });
    expect(lastRequest()).toMatchObject({ endpoint: 'status', authorization: standin.apiKey, body: { posID: standin.posSignature, ntpID: payment.providerPaymentId, orderID: payment.orderId } });

    standin.setStatus(payment.providerPaymentId, 3);
    expect(await netopiaProvider.queryStatus(payment)).toEqual({ status: 'paid', amountBani: 15050 });
    standin.setStatus(payment.providerPaymentId, 12);
    expect(await netopiaProvider.queryStatus(payment)).toEqual({ status: 'failed', amountBani: 15050 });
  });

  it('throws for a payment NETOPIA does not know, and on a malformed or silent answer', async () => {
    const payment = await openPayment();
    await expect(netopiaProvider.queryStatus({ ...payment, orderId: 'PAY-other' })).rejects.toThrow(/HTTP 404/);
    standin.failNext('status', { httpStatus: 200, body: JSON.stringify({ payment: { status: 'paid' } }) });
    await expect(netopiaProvider.queryStatus(payment)).rejects.toThrow(/unexpected answer \(payment.status, payment.amount\)/);
    standin.failNext('status', { httpStatus: 200, body: JSON.stringify({ payment: { ntpID: 'another', status: 3, amount: 150.5 } }) });
    await expect(netopiaProvider.queryStatus(payment)).rejects.toThrow(/another payment/);
    setEnv({ NETOPIA_TIMEOUT_MS: '300' });
    standin.hangNext('status');
    await expect(netopiaProvider.queryStatus(payment)).rejects.toThrow(/no answer within 300 ms/);
  });
});

describe('refunds', () => {
  it('credits a paid payment with /operation/credit in lei', async () => {
    const payment = await openPayment();
    standin.setStatus(payment.providerPaymentId, 3);
    const before = standin.counts.credit;
    await netopiaProvider.refund({ ...payment, amountBani: 15050 });
    expect(standin.counts.credit).toBe(before + 1);
    expect(lastRequest()).toMatchObject({ endpoint: 'credit', authorization: standin.apiKey, body: { ntpID: payment.providerPaymentId, amount: 150.5, split: [] } });
    expect(await netopiaProvider.queryStatus(payment)).toEqual({ status: 'refunded', amountBani: 15050 });
  });

  it('throws when NETOPIA refuses, or approves without crediting', async () => {
    const payment = await openPayment();
    // Not paid: nothing to give back.
    await expect(netopiaProvider.refund({ ...payment, amountBani: 15050 })).rejects.toThrow(/refused the refund \(code 99/);
    standin.setStatus(payment.providerPaymentId, 3);
    await expect(netopiaProvider.refund({ ...payment, amountBani: 20000 })).rejects.toThrow(/refused the refund/);
    standin.failNext('credit', { httpStatus: 200, body: JSON.stringify({ error: { code: '00', message: 'Approved' }, payment: { status: 5, amount: 150.5 } }) });
    await expect(netopiaProvider.refund({ ...payment, amountBani: 15050 })).rejects.toThrow(/not 8 \(credit\)/);
    standin.failNext('credit', { httpStatus: 200, body: JSON.stringify({ error: { code: '00' }, payment: { status: 8, amount: 100 } }) });
    await expect(netopiaProvider.refund({ ...payment, amountBani: 15050 })).rejects.toThrow(/credited 100 lei, asked 150.5/);
    standin.failNext('credit', { httpStatus: 500, body: JSON.stringify({ error: { code: '500', message: 'Internal error' } }) });
    await expect(netopiaProvider.refund({ ...payment, amountBani: 15050 })).rejects.toThrow(/HTTP 500 \(code 500: Internal error\)/);
    setEnv({ NETOPIA_TIMEOUT_MS: '300' });
    standin.hangNext('credit');
    await expect(netopiaProvider.refund({ ...payment, amountBani: 15050 })).rejects.toThrow(/no answer within 300 ms/);
    // None of those refunded anything.
    expect(standin.order(payment.providerPaymentId)?.status).toBe(3);
  });
});

describe('notifications over the wire', () => {
  it('delivers a signed IPN the provider verifies, answers as NETOPIA expects, and replays it unchanged', async () => {
    const payment = await openPayment();
    const delivered = await standin.complete(payment.providerPaymentId, { status: 3 });
    expect(delivered).toEqual({ status: 200, body: { errorType: 0, errorCode: null, errorMessage: '' } });
    expect(received).toEqual([{ orderId: payment.orderId, providerPaymentId: payment.providerPaymentId, status: 'paid', amountBani: 15050 }]);

    expect(await standin.replay(payment.providerPaymentId)).toEqual(delivered);
    expect(received[1]).toEqual(received[0]);
  });

  it('reports the amount NETOPIA signed, also when it is not the amount of the order', async () => {
    const payment = await openPayment();
    await standin.complete(payment.providerPaymentId, { status: 3, amount: 100 });
    expect(received).toEqual([expect.objectContaining({ status: 'paid', amountBani: 10000 })]);
  });

  it('refuses a forged notification and tells NETOPIA it is permanent', async () => {
    const payment = await openPayment();
    for (const tamper of ['changed-body', 'other-key', 'wrong-audience'] as const) {
      const answer = await standin.notify(payment.providerPaymentId, { tamper, status: 3 });
      expect(answer).toMatchObject({ status: 200, body: { errorType: 2 } });
    }
    expect(received).toEqual([null, null, null]);
  });
});
