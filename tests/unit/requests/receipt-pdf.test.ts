import { describe, expect, it } from 'vitest';
import { messages } from '@/lib/i18n/messages';
import { env } from '@/lib/env';
import { renderReceiptPdf, type TReceiptData } from '@/lib/requests/receipt-pdf';
import { municipalityFrom } from '@/lib/settings/municipality';
import { pdfPageTexts as pageTexts } from '../../support/pdf';
import { scanPdfQrCodes } from '../../support/qr';

const SHA = ['a1'.repeat(32), '0123456789abcdef'.repeat(4), 'f'.repeat(64)];
const LONG_ANSWER =
  'Solicit eliberarea certificatului de atestare fiscală în vederea înscrierii în registrul comerțului; ' +
  'imobilul se află pe strada Ștefan cel Mare nr. 14, Roman, județul Neamț. ';

function receipt(overrides: Partial<TReceiptData> = {}): TReceiptData {
  return {
    locale: 'ro',
    municipality: municipalityFrom(null, env()),
    registrationNumber: 'RMN-2026-000123',
    submittedAt: new Date('2026-03-05T12:30:00Z'), // 14:30 in Bucharest (UTC+2)
    dueAt: new Date('2026-04-03T22:30:00Z'), // already 4 April in Bucharest (UTC+3)
    serviceTitle: 'Certificat de atestare fiscală',
    departmentName: 'Direcția Impozite și Taxe Locale',
    applicant: { name: 'Ștefan Țurcanu', idNumber: '1900101270011', email: 'stefan.turcanu@example.ro' },
    accessCode: 'K7M2-QX9P',
    answers: Array.from({ length: 25 }, (_, i) => ({
      label: `Întrebarea ${i + 1}`,
      value: i % 4 === 1 ? LONG_ANSWER.repeat(3) : `Răspunsul ${i + 1}: Bârlad, Iași, Țicău`,
    })),
    documents: [
      { requirement: 'Act de identitate', fileName: 'carte_identitate.pdf', sizeBytes: 1_572_864, sha256: SHA[0]! },
      { requirement: 'Dovada plății taxei', fileName: 'chitanță.jpg', sizeBytes: 250_000, sha256: SHA[1]! },
      { requirement: 'Împuternicire (dacă este cazul)', fileName: 'împuternicire.pdf', sizeBytes: 800, sha256: SHA[2]! },
    ],
    statusUrl: 'https://portal.example/ro/stadiu?nr=RMN-2026-000123',
    lookupUrl: 'https://portal.example/status',
    ...overrides,
  };
}

describe('renderReceiptPdf', () => {
  it('renders a Romanian receipt with diacritics, the details, the code, the hashes and page footers', async () => {
    const bytes = await renderReceiptPdf(receipt());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');

    const pages = await pageTexts(bytes);
    const text = pages.join('\n');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`Pagina ${i + 1} din ${pages.length}`);
      expect(page).toContain('RMN-2026-000123');
    });

    expect(text).toContain('Dovadă de înregistrare a cererii');
    expect(text).toContain('Primăria Municipiului Roman');
    expect(text).toContain('Piața Roman-Vodă nr. 1, 611022 Roman, jud. Neamț, România');
    // Comma-below Ș and Ț (U+0218, U+021A), not the cedilla look-alikes and not dropped glyphs.
    expect(text).toContain('\u0218tefan \u021Aurcanu');
    expect(text).toContain('Certificat de atestare fiscală');
    expect(text).toContain('Direcția Impozite și Taxe Locale');
    expect(text).toContain('1900101270011');
    expect(text).toContain('stefan.turcanu@example.ro');
    expect(text).toContain('05.03.2026 14:30');
    expect(text).toContain('04.04.2026');
    expect(text).toContain('K7M2-QX9P');
    expect(text).toContain('Păstrați-l confidențial');
    expect(text).toContain('https://portal.example/status');
    expect(text).not.toContain('stadiu?nr='); // the QR code's address is not printed as text
    for (const sha of SHA) expect(text).toContain(sha);
    expect(text).toContain('1,5 MB');
    expect(text).toContain('244 KB');
    expect(text).toContain('1 KB');
    expect(text).toContain('chitanță.jpg');
    // Every answer made it, the last one included.
    for (let i = 1; i <= 25; i++) expect(text).toContain(`Întrebarea ${i}`);
    expect(text).toContain('Răspunsul 25: Bârlad, Iași, Țicău');
  });

  it('does not print an access code it does not have, and says it was shown at submission', async () => {
    const text = (await pageTexts(await renderReceiptPdf(receipt({ accessCode: null })))).join('\n');
    expect(text).not.toContain('K7M2-QX9P');
    expect(text).not.toMatch(/\b[A-Z2-9]{4}-[A-Z2-9]{4}\b/);
    expect(text).toContain('Codul de acces a fost afișat o singură dată, la depunerea cererii');
  });

  it('renders the English labels and formats', async () => {
    const pages = await pageTexts(
      await renderReceiptPdf(receipt({ locale: 'en', serviceTitle: 'Tax clearance certificate' })),
    );
    const text = pages.join('\n');
    expect(text).toContain('Roman City Hall');
    expect(text).toContain('Proof of registration');
    expect(text).toContain('Registration number');
    expect(text).toContain('Tax clearance certificate');
    expect(text).toContain('5 March 2026, 14:30');
    expect(text).toContain('4 April 2026');
    expect(text).toContain('Keep it private');
    expect(text).toContain('1.5 MB');
    expect(text).toContain(`Page 1 of ${pages.length}`);
    expect(text).not.toMatch(/Pagina|Dovadă|Cod de acces/);
  });

  it('splits an answer longer than a page across pages without losing words', async () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${String(i).padStart(4, '0')}`);
    const pages = await pageTexts(
      await renderReceiptPdf(receipt({ answers: [{ label: 'Descriere', value: words.join(' ') }], documents: [] })),
    );
    expect(pages.length).toBeGreaterThan(2);
    const found = pages.join(' ').match(/w\d{4}/g);
    expect(found).toEqual(words);
    expect(pages[1]).toContain('Descriere (continuare)');
    expect(pages.at(-1)).toContain('Nu au fost atașate documente.');
  });

  it('has every text in both languages, from the message files', async () => {
    const ro = messages.ro.receipt;
    const en = messages.en.receipt;
    expect(Object.keys(en).sort()).toEqual(Object.keys(ro).sort());
    for (const [key, text] of Object.entries({ ...ro, ...en })) expect(text.trim(), key).not.toBe('');
    // The same placeholders in both languages, so that neither prints "{url}" or loses a value.
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ro) as (keyof typeof ro)[]) expect(placeholders(en[key]), key).toEqual(placeholders(ro[key]));
    // A missing message would print as its key ("receipt.title").
    for (const locale of ['ro', 'en'] as const) {
      for (const accessCode of ['K7M2-QX9P', null]) {
        const text = (await pageTexts(await renderReceiptPdf(receipt({ locale, accessCode, answers: [], documents: [] })))).join('\n');
        expect(text).not.toMatch(/receipt\.|\{\w+\}/);
      }
    }
  });

  it('prints the city hall as the settings give it', async () => {
    const saved = municipalityFrom(null, env());
    const municipality = { ...saved, name: { ...saved.name, ro: 'Primăria Municipiului Roman (test)' }, phone: '0233 999 888', website: 'https://portal.example' };
    const text = (await pageTexts(await renderReceiptPdf(receipt({ municipality, answers: [], documents: [] })))).join('\n');
    expect(text).toContain('Primăria Municipiului Roman (test)');
    expect(text).toContain('0233 999 888');
    expect(text).toContain('portal.example');
  });

  it('as an issued document: the QR code leads to its verification page, and the code is in words on it and in every footer', async () => {
    const verification = { code: '7KQ2-M9XP-4TRA', url: 'https://portal.example/verify/7KQ2-M9XP-4TRA' };
    const bytes = await renderReceiptPdf(receipt({ verification }));
    const pages = await pageTexts(bytes);
    for (const page of pages) expect(page).toContain('Cod de verificare: 7KQ2-M9XP-4TRA');
    expect(pages[0]).toContain('Verificați autenticitatea la https://portal.example/verify/7KQ2-M9XP-4TRA');
    // The caption under the QR code wraps: one line per text item.
    expect(pages[0]!.replace(/\s+/g, ' ')).toContain('Scanați pentru a verifica autenticitatea documentului');
    expect(await scanPdfQrCodes(bytes)).toEqual([verification.url]);
    // Without it, the QR code leads to the status page, as before.
    expect(await scanPdfQrCodes(await renderReceiptPdf(receipt({ answers: [], documents: [] })))).toEqual(['https://portal.example/ro/stadiu?nr=RMN-2026-000123']);
  });

  it('fits a short receipt on one page', async () => {
    const pages = await pageTexts(
      await renderReceiptPdf(receipt({ answers: [{ label: 'Nume', value: 'Ștefan' }], documents: [] })),
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Pagina 1 din 1');
  });
});
