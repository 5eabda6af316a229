import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/env';
import { renderNoticeEmail } from '@/lib/email/render';
import { sendEmail } from '@/lib/email/outbox';
import { createMailboxTransport, createResendTransport, type TMailboxMessage } from '@/lib/email/transports';
import { closeQueueClient } from '@/lib/jobs/queue';
import { startWorker } from '@/lib/jobs/worker';
import { setupTestDatabase } from './support';

async function waitFor<T>(probe: () => Promise<T | null | undefined> | T | null | undefined, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const email = () =>
  renderNoticeEmail({
    locale: 'ro',
    template: 'test-notice',
    subject: 'Cererea dumneavoastră a fost înregistrată',
    name: 'Ion Vasilescu',
    paragraphs: ['Cererea RMN-2026-000123 a fost înregistrată.'],
    action: { label: 'Vezi cererea', url: 'http://localhost:3000/requests/abc' },
  });

describe('email through the queue', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;

  beforeAll(async () => {
    process.env.JOBS_RETRY_DELAY_SECONDS = '1';
    database = await setupTestDatabase();
  });
  afterAll(async () => {
    await closeQueueClient();
    await database.cleanup();
    delete process.env.JOBS_RETRY_DELAY_SECONDS;
    resetEnvCache();
  });

  it('lands in the local mailbox as one JSON file with to, from, subject, text, html, createdAt', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailbox-'));
    const worker = await startWorker({ transport: createMailboxTransport(dir) });
    try {
      const id = await sendEmail({ ...(await email()), to: 'Cetatean@Example.RO' });
      const [file] = await waitFor(() => {
        const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
        return files.length ? files : null;
      });
      const message: TMailboxMessage = JSON.parse(fs.readFileSync(path.join(dir, file as string), 'utf8'));
      expect(message).toMatchObject({ id, to: 'cetatean@example.ro', subject: 'Cererea dumneavoastră a fost înregistrată' });
      expect(message.from).toContain('Primăria Municipiului Roman');
      expect(message.text).toContain('Bună ziua, Ion Vasilescu,');
      expect(message.text).toContain('RMN-2026-000123');
      expect(message.html).toContain('<html lang="ro"');
      expect(new Date(message.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      const row = await waitFor(async () => {
        const r = await database.prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
        return r.status === 'SENT' ? r : null;
      });
      expect(row.attempts).toBe(1);
    } finally {
      await worker.stop();
    }
  });

  it('retries a failing Resend endpoint with backoff and sends exactly once when it recovers', async () => {
    const requests: { key: string | undefined; ok: boolean; body: { to: string[]; subject: string } }[] = [];
    const accepted = new Map<string, string>();
    let failuresLeft = 2;
    // Stands in for the Resend API (POST /emails), including its idempotency: a repeated key
    // returns the first result without sending again.
    const server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const key = req.headers['idempotency-key'] as string | undefined;
        const body = JSON.parse(raw);
        res.setHeader('Content-Type', 'application/json');
        if (req.method !== 'POST' || req.url !== '/emails' || req.headers.authorization !== 'Bearer re_test_key') {
          res.statusCode = 401;
          return res.end(JSON.stringify({ name: 'validation_error', message: 'bad request', statusCode: 401 }));
        }
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          requests.push({ key, ok: false, body });
          res.statusCode = 500;
          return res.end(JSON.stringify({ name: 'internal_server_error', message: 'temporarily unavailable', statusCode: 500 }));
        }
        requests.push({ key, ok: true, body });
        if (key && !accepted.has(key)) accepted.set(key, `resend-${accepted.size + 1}`);
        res.statusCode = 200;
        res.end(JSON.stringify({ id: key ? accepted.get(key) : 'no-key' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const worker = await startWorker({ transport: createResendTransport({ apiKey: 're_test_key', baseUrl }) });
    try {
      const id = await sendEmail({ ...(await email()), to: 'cetatean@example.ro' });
      const row = await waitFor(async () => {
        const r = await database.prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
        return r.status === 'SENT' ? r : null;
      }, 45_000);

      expect(requests.map((r) => r.ok)).toEqual([false, false, true]);
      // Every attempt carried the same idempotency key: the provider can never send it twice.
      expect(new Set(requests.map((r) => r.key))).toEqual(new Set([`portal-email-${id}`]));
      expect(accepted.size).toBe(1);
      expect(requests[2]?.body).toMatchObject({ to: ['cetatean@example.ro'], subject: 'Cererea dumneavoastră a fost înregistrată' });
      expect(row).toMatchObject({ attempts: 3, providerMessageId: 'resend-1', lastError: null });

      // Nothing more is sent afterwards.
      await new Promise((r) => setTimeout(r, 2500));
      expect(requests).toHaveLength(3);
    } finally {
      await worker.stop();
      server.close();
    }
  });
});
