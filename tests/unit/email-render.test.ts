import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderNoticeEmail } from '@/lib/email/render';
import { env } from '@/lib/env';
import { createMailboxTransport, mailboxFileName } from '@/lib/email/transports';
import { municipalityFrom } from '@/lib/settings/municipality';

// The city hall's details as the settings give them before an administrator saves any (no database here).
const municipality = municipalityFrom(null, env());

describe('email rendering', () => {
  it('renders the notice in Romanian, as HTML and plain text, with the municipality branding', async () => {
    const email = await renderNoticeEmail({
      locale: 'ro',
      template: 'notice',
      subject: 'Subiect',
      name: 'Ana',
      paragraphs: ['Primul paragraf.', 'Al doilea paragraf.'],
      action: { label: 'Deschide portalul', url: 'https://portal.example/requests/1' },
    });
    expect(email.subject).toBe('Subiect');
    const { html, text } = await email.render(municipality);
    expect(html).toContain('<html lang="ro"');
    expect(html).toContain('Primăria Municipiului Roman');
    expect(html).toContain('href="https://portal.example/requests/1"');
    expect(text).toContain('Bună ziua, Ana,');
    expect(text).toContain('Al doilea paragraf.');
    expect(text).toContain('https://portal.example/requests/1');
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('renders the same notice in English', async () => {
    const { html, text } = await (await renderNoticeEmail({ locale: 'en', template: 'notice', subject: 'S', paragraphs: ['Text.'] })).render(municipality);
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('Roman City Hall');
    expect(text).toContain('Hello,');
    expect(text).toContain('sent automatically');
  });
});

describe('the city hall in the emails', () => {
  it('renders with the details it is given: the defaults, or what the administrators saved', async () => {
    const email = await renderNoticeEmail({ locale: 'ro', template: 'notice', subject: 'S', paragraphs: ['Text.'] });
    expect((await email.render(municipality)).text).toContain('0233 741 119');
    const saved = await email.render({ ...municipality, phone: '0233 999 000', name: { ro: 'Primăria Test', en: 'Test City Hall' } });
    expect(saved.text).toContain('0233 999 000');
    expect(saved.html).toContain('Primăria Test');
    expect(saved.text).not.toContain('0233 741 119');
  });
});

describe('local mailbox transport', () => {
  it('writes one JSON file per message, and a retry overwrites instead of duplicating', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailbox-unit-'));
    const transport = createMailboxTransport(dir);
    const email = { id: 'abc123', to: 'a@b.ro', from: 'Portal <p@b.ro>', subject: 'S', text: 'T', html: '<p>T</p>', createdAt: new Date('2026-11-28T10:00:00Z') };
    await transport.deliver(email);
    await transport.deliver(email);
    const files = fs.readdirSync(dir);
    expect(files).toEqual([mailboxFileName(email)]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, files[0] as string), 'utf8'))).toEqual({
      id: 'abc123',
      to: 'a@b.ro',
      from: 'Portal <p@b.ro>',
      subject: 'S',
      text: 'T',
      html: '<p>T</p>',
      createdAt: '2026-11-28T10:00:00.000Z',
    });
  });
});
